import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: "Apprendimento dell'IA",
  title: "Cosa ha imparato l'IA dai vostri ticket",
  intro:
    "I ticket che il vostro team risolve con un articolo pubblicato che nomina un solo intento insegnano quell'intento all'IA. Si riaddestra in background e tiene un nuovo modello solo se non è peggiore sui ticket su cui non si è mai addestrato.",
  loading: 'Caricamento…',
  none: "Ancora nulla di appreso: l'IA si riaddestra quando abbastanza ticket sono risolti con un articolo.",
  inUse: 'Modello in uso',
  fromTrainingData: 'Il modello dei dati di addestramento (nulla di appreso dai vostri ticket è in uso).',
  trainedAt: 'Addestrato il {{at}}',
  examples: 'Da {{history}} ticket risolti ({{base}} esempi di dati di addestramento)',
  accuracy: 'Accuratezza degli intenti sui ticket tenuti da parte',
  containment: "Risolti dall'IA con ≤ 0,8 % di errori",
  intentsTitle: 'Intenti appresi',
  intentColumn: 'Intento',
  countColumn: 'Esempi',
  historyTitle: 'Riaddestramenti',
  adopted: 'Adottato',
  notAdopted: 'Non adottato',
  undo: "Annulla l'ultimo riaddestramento",
  undoHint: "Torna al modello precedente; l'IA lo segue entro un minuto.",
  undone: "Annullato. L'IA torna al modello precedente.",
  conflict: "Nel frattempo l'IA ha registrato un nuovo riaddestramento. Ricontrollate, poi annullate.",
  failed: "L'annullamento non è stato salvato: {{message}}",
} satisfies Catalog<typeof en>;
