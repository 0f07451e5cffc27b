import type { CatalogTree } from '../../../../shared/i18n/catalog.js';

/** Strings of the ticket history panel (TicketHistory.tsx), English: the reference every locale matches. */
export default {
  title: 'History',
  show: 'Show history',
  hide: 'Hide history',
  loading: 'Loading the history…',
  empty: 'Nothing recorded yet.',
  fromCache: 'Offline: the history as fetched {{time}}.',
  refused: 'refused',
  claimedName: '(their console gave the name “{{name}}”)',
  retry: 'Try again',
  action: {
    ticket_intake: 'Ticket received',
    ai_decision: 'AI decision',
    agent_reply: 'Replied',
    send_and_resolve: 'Replied and resolved',
    note: 'Internal note',
    reassign: 'Reassigned',
    review: 'Reviewed',
    reopen: 'Reopened',
    assign: 'Taken',
    snooze: 'Snoozed',
    handback: 'Handed back to the AI',
    mark_spam: 'Marked as spam',
    tag: 'Tags changed',
    customer_reply: 'Customer wrote',
    customer_rating: 'Customer rated',
    ticket_imported: 'Imported',
    ticket_import_updated: 'Updated by an import',
  },
} satisfies CatalogTree;
