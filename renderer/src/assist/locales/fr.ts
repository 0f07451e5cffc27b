import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The AI's help on a ticket and the two-way reply translation, French. */
export default {
  title: "Aide de l'IA",
  shortcut: "Aller à l'aide de l'IA",
  route: {
    builtin: 'Moteur intégré',
    model: 'Modèle',
    person: 'Personne',
  },
  routeLabel: 'Voie',
  modelLabel: 'Modèle',
  promptLabel: 'Prompt',
  costLabel: 'Coût',
  latencyLabel: 'Durée',
  noCost: 'aucun',
  belowCent: 'moins de {{amount}}',
  citations: 'Sources du brouillon',
  citation: '[{{n}}] {{title}}',
  suggestedMacros: 'Macros suggérées',
  insertMacro: 'Insérer {{name}}',
  suggestedArticles: 'Articles suggérés',
  open: 'Ouvrir {{title}}',
  article: {
    cited: 'Passage cité',
    insert: 'Insérer dans la réponse',
    close: 'Fermer',
    missing: "Cet article n'est pas dans la copie des paramètres de cette console.",
  },
  reply: {
    translate: 'Traduire en {{language}}',
    translating: 'Traduction…',
    shortcut: 'Traduire ma réponse dans la langue du client',
    translated: '{{language}} : ce qui est envoyé',
    back: 'Retour en {{language}}, pour vérifier',
    use: 'Utiliser cette traduction',
    stale: 'La réponse a changé après sa traduction ; traduisez-la à nouveau.',
    failed: "La réponse n'a pas pu être traduite, rien n'a été envoyé : {{message}}",
  },
} satisfies Catalog<typeof en>;
