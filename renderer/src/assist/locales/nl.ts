import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The AI's help on a ticket and the two-way reply translation, Dutch. */
export default {
  title: 'AI-hulp',
  shortcut: 'Naar de AI-hulp',
  route: {
    builtin: 'Ingebouwde engine',
    model: 'Model',
    person: 'Persoon',
  },
  routeLabel: 'Route',
  modelLabel: 'Model',
  promptLabel: 'Prompt',
  costLabel: 'Kosten',
  latencyLabel: 'Tijd',
  noCost: 'geen',
  belowCent: 'minder dan {{amount}}',
  citations: 'Bronnen van het concept',
  citation: '[{{n}}] {{title}}',
  suggestedMacros: "Voorgestelde macro's",
  insertMacro: '{{name}} invoegen',
  suggestedArticles: 'Voorgestelde artikelen',
  open: '{{title}} openen',
  article: {
    cited: 'Geciteerde passage',
    insert: 'In het antwoord invoegen',
    close: 'Sluiten',
    missing: 'Dit artikel staat niet in de kopie van de instellingen van deze console.',
  },
  reply: {
    translate: 'Vertalen: {{language}}',
    translating: 'Bezig met vertalen…',
    shortcut: 'Mijn antwoord vertalen naar de taal van de klant',
    translated: '{{language}}: wat wordt verzonden',
    back: 'Terugvertaling ({{language}}), ter controle',
    use: 'Deze vertaling gebruiken',
    stale: 'Het antwoord is na de vertaling gewijzigd; vertaal het opnieuw.',
    failed: 'Het antwoord kon niet worden vertaald, er is niets verzonden: {{message}}',
  },
} satisfies Catalog<typeof en>;
