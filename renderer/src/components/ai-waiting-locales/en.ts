import type { CatalogTree } from '../../../../shared/i18n/catalog.js';

/** The inbox while tickets wait for the AI (InboxList.tsx), English: the reference every locale matches. */
export default {
  starting_one: 'AI starting: {{count, number}} ticket waiting. Escalations appear here as the AI decides.',
  starting_other: 'AI starting: {{count, number}} tickets waiting. Escalations appear here as the AI decides.',
  deciding_one: 'The AI is deciding {{count, number}} new ticket. Escalations appear here.',
  deciding_other: 'The AI is deciding {{count, number}} new tickets. Escalations appear here.',
  waiting_one: '{{count, number}} new ticket is waiting for the AI. Escalations appear here once it is decided.',
  waiting_other: '{{count, number}} new tickets are waiting for the AI. Escalations appear here once they are decided.',
  failed: 'The AI of this console could not start; see its log.',
} satisfies CatalogTree;
