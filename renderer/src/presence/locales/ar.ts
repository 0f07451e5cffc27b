import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Who else is on a ticket (ar). */
export default {
  viewing: '{{name}} يطّلع على التذكرة',
  typing: '{{name}} يكتب ردًا…',
} satisfies Catalog<typeof en>;
