import type { CatalogTree } from '../../../../shared/i18n/catalog.js';

/** The customer panel's earlier tickets, English: the reference every locale matches. */
export default {
  title: 'Customer’s tickets',
  search: 'Search the customer’s tickets',
  tooLong: 'Use at most {{max}} characters to search.',
  count: 'Tickets: {{count}}',
  matches: 'Tickets with these words: {{count}}',
  newestOf: 'The newest {{shown}} of {{total}} are shown.',
  none: 'This console has no tickets of this customer yet.',
  noMatch: 'No ticket of this customer has these words.',
  openNow: 'Open now',
  csat: 'Rated {{score}} of 5',
  unrated: 'Not rated',
  created: 'Created {{date}}',
  mergedInto: 'Merged into {{id}}',
  showMore: 'Show older tickets',
  loading: 'Reading the customer’s tickets…',
  loadFailed: 'The customer’s tickets could not be read: {{reason}}',
  shortcut: 'Search the customer’s tickets',
} satisfies CatalogTree;
