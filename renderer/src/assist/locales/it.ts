import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The AI's help on a ticket and the two-way reply translation, Italian. */
export default {
  title: "Aiuto dell'IA",
  shortcut: "Vai all'aiuto dell'IA",
  route: {
    builtin: 'Motore integrato',
    model: 'Modello',
    person: 'Persona',
  },
  routeLabel: 'Percorso',
  modelLabel: 'Modello',
  promptLabel: 'Prompt',
  costLabel: 'Costo',
  latencyLabel: 'Tempo',
  noCost: 'nessuno',
  belowCent: 'meno di {{amount}}',
  citations: 'Fonti della bozza',
  citation: '[{{n}}] {{title}}',
  suggestedMacros: 'Macro suggerite',
  insertMacro: 'Inserisci {{name}}',
  suggestedArticles: 'Articoli suggeriti',
  open: 'Apri {{title}}',
  article: {
    cited: 'Passaggio citato',
    insert: 'Inserisci nella risposta',
    close: 'Chiudi',
    missing: 'Questo articolo non è nella copia delle impostazioni di questa console.',
  },
  reply: {
    translate: 'Traduci in {{language}}',
    translating: 'Traduzione…',
    shortcut: 'Traduci la mia risposta nella lingua del cliente',
    translated: '{{language}}: ciò che viene inviato',
    back: 'Di nuovo in {{language}}, per controllare',
    use: 'Usa questa traduzione',
    stale: 'La risposta è cambiata dopo la traduzione; traducila di nuovo.',
    failed: 'Non è stato possibile tradurre la risposta, non è stato inviato nulla: {{message}}',
  },
} satisfies Catalog<typeof en>;
