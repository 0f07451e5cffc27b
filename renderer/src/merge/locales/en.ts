import type { CatalogTree } from '../../../../shared/i18n/catalog.js';

/** Merging tickets: the merge dialog, the undo bar, a merged ticket's pointer, English: the reference every locale matches. */
export default {
  shortcut: "Merge the open ticket into another of the customer's",
  title: 'Merge this ticket into…',
  filter: "Filter the customer's tickets",
  loading: "Loading the customer's tickets…",
  none: 'The customer has no other ticket to merge into.',
  confirmTitle: 'Merge the tickets?',
  confirmText:
    '“{{source}}” moves into “{{target}}”: its messages join that thread, it is resolved, and the customer is told where the conversation continues. You can undo it for 10 minutes.',
  confirm: 'Merge',
  cancel: 'Cancel',
  pointer: 'Merged into #{{id}}',
  open: 'Open',
  undoBar: '{{count}} messages merged into this ticket; undo possible for {{left}}.',
  undo: 'Undo',
} satisfies CatalogTree;
