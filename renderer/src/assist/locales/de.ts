import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The AI's help on a ticket and the two-way reply translation, German. */
export default {
  title: 'KI-Hilfe',
  shortcut: 'Zur KI-Hilfe springen',
  route: {
    builtin: 'Eingebaute Engine',
    model: 'Modell',
    person: 'Person',
  },
  routeLabel: 'Weg',
  modelLabel: 'Modell',
  promptLabel: 'Prompt',
  costLabel: 'Kosten',
  latencyLabel: 'Dauer',
  noCost: 'keine',
  belowCent: 'unter {{amount}}',
  citations: 'Quellen des Entwurfs',
  citation: '[{{n}}] {{title}}',
  suggestedMacros: 'Vorgeschlagene Makros',
  insertMacro: '{{name}} einfügen',
  suggestedArticles: 'Vorgeschlagene Artikel',
  open: '{{title}} öffnen',
  article: {
    cited: 'Zitierte Passage',
    insert: 'In die Antwort einfügen',
    close: 'Schließen',
    missing: 'Dieser Artikel ist nicht in der Kopie der Einstellungen dieser Konsole.',
  },
  reply: {
    translate: 'Übersetzen: {{language}}',
    translating: 'Wird übersetzt…',
    shortcut: 'Meine Antwort in die Sprache des Kunden übersetzen',
    translated: '{{language}}: was gesendet wird',
    back: 'Rückübersetzung ({{language}}), zur Prüfung',
    use: 'Diese Übersetzung verwenden',
    stale: 'Die Antwort hat sich nach der Übersetzung geändert; bitte erneut übersetzen.',
    failed: 'Die Antwort konnte nicht übersetzt werden, nichts wurde gesendet: {{message}}',
  },
} satisfies Catalog<typeof en>;
