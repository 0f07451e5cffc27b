import type { CatalogTree } from '../../../../shared/i18n/catalog.js';

/** The inbox's selection and bulk bar, English: the reference every locale matches. */
export default {
  label: 'Bulk actions on the selected tickets',
  actions: 'Actions on the selection',
  selected: 'Selected: {{count}}',
  running: 'Working on the selection… ({{count}})',
  assignToMe: 'Assign to me',
  tag: 'Tag…',
  snooze: 'Snooze…',
  resolveWithMacro: 'Resolve with macro…',
  clear: 'Clear selection',
  rowSelected: 'Selected for a bulk action',
  toggleShortcut: 'Select or unselect the inbox row',
  selectAllShortcut: 'Select every inbox row shown',
  clearShortcut: 'Clear the inbox selection',
  tagTitle: 'Tags of the selected tickets ({{count}})',
  snoozeTitle: 'Snooze the selected tickets ({{count}})',
  macroTitle: 'Resolve the selected tickets with a macro ({{count}})',
  refused: 'Refused, each with its reason: {{count}}',
  done: {
    assign_to_me: 'Assigned to you: {{count}}',
    tag: 'Tags changed: {{count}}',
    snooze: 'Snoozed: {{count}}',
    resolve_with_macro: 'Answered and resolved: {{count}}',
  },
} satisfies CatalogTree;
