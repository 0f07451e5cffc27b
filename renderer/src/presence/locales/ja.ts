import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Who else is on a ticket (ja). */
export default {
  viewing: '{{name}} さんが閲覧中',
  typing: '{{name}} さんが返信を入力中…',
} satisfies Catalog<typeof en>;
