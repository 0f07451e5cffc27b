import type { CatalogTree } from '../../../../shared/i18n/catalog.js';

/** The AI's help on a ticket and the two-way reply translation, English: the reference every locale matches. */
export default {
  title: 'AI assist',
  shortcut: 'Go to the AI assist',
  route: {
    builtin: 'Built-in engine',
    model: 'Model',
    person: 'Person',
  },
  routeLabel: 'Route',
  modelLabel: 'Model',
  promptLabel: 'Prompt',
  costLabel: 'Cost',
  latencyLabel: 'Time',
  noCost: 'none',
  belowCent: 'under {{amount}}',
  citations: 'Sources of the draft',
  citation: '[{{n}}] {{title}}',
  suggestedMacros: 'Suggested macros',
  insertMacro: 'Insert {{name}}',
  suggestedArticles: 'Suggested articles',
  open: 'Open {{title}}',
  article: {
    cited: 'Cited passage',
    insert: 'Insert into reply',
    close: 'Close',
    missing: "This article is not in this console's copy of the tenant's settings.",
  },
  reply: {
    translate: 'Translate into {{language}}',
    translating: 'Translating…',
    shortcut: "Translate my reply into the customer's language",
    translated: '{{language}}: what is sent',
    back: 'Back into {{language}}, to check',
    use: 'Use this translation',
    stale: 'The reply changed after it was translated; translate it again.',
    failed: 'The reply could not be translated, nothing was sent: {{message}}',
  },
} satisfies CatalogTree;
