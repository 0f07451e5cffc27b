import type { CatalogTree } from '../../../../shared/i18n/catalog.js';

/** Tags on tickets: chips, the tag picker, the inbox's tag filter, English: the reference every locale matches. */
export default {
  title: 'Tags',
  noneOnTicket: 'No tags',
  edit: 'Edit tags',
  shortcut: "Edit the open ticket's tags",
  filter: 'Filter tags',
  filterLabel: 'Tag',
  pickerTitle: "This ticket's tags",
  pickerHint: 'Enter puts the tag on or takes it off; Esc closes.',
  none: 'The tenant has no tags yet: an admin adds them in Tenant settings.',
  noMatch: 'No tag matches.',
  presence: {
    all: 'On',
    some: 'On some',
    none: 'Off',
  },
} satisfies CatalogTree;
