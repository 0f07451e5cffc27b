import type { CatalogTree } from '../../../../shared/i18n/catalog.js';

/** Who else is on a ticket, English: the reference every locale matches. */
export default {
  viewing: '{{name}} is viewing',
  typing: '{{name}} is typing a reply…',
} satisfies CatalogTree;
