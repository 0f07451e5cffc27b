import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Who else is on a ticket (tr). */
export default {
  viewing: '{{name}} görüntülüyor',
  typing: '{{name}} bir yanıt yazıyor…',
} satisfies Catalog<typeof en>;
