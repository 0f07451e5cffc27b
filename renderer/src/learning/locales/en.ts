import type { CatalogTree } from '../../../../shared/i18n/catalog.js';

/** The "What the AI learned" texts, English: the reference every locale matches. */
export default {
  nav: 'AI learning',
  title: 'What the AI learned from your tickets',
  intro:
    'Tickets your team resolves with a published article that names one intent teach the AI that intent. It retrains in the background and keeps a new model only if it is not worse on tickets it never trained on.',
  loading: 'Loading…',
  none: 'Nothing learned yet: the AI retrains once enough tickets are resolved with an article.',
  inUse: 'Model in use',
  fromTrainingData: 'The model from the training data (nothing learned from your tickets is in use).',
  trainedAt: 'Trained {{at}}',
  examples: 'From {{history}} resolved tickets ({{base}} examples of training data)',
  accuracy: 'Intent accuracy on held-out tickets',
  containment: 'Resolved by the AI at ≤ 0.8 % wrong',
  intentsTitle: 'Intents learned',
  intentColumn: 'Intent',
  countColumn: 'Examples',
  historyTitle: 'Retrainings',
  adopted: 'Adopted',
  notAdopted: 'Not adopted',
  undo: 'Undo the last retraining',
  undoHint: 'Returns to the model before it; the AI follows within a minute.',
  undone: 'Undone. The AI returns to the previous model.',
  conflict: 'The AI recorded a new retraining meanwhile. Look again, then undo.',
  failed: 'The undo was not saved: {{message}}',
} satisfies CatalogTree;
