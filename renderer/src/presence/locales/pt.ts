import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Who else is on a ticket (pt). */
export default {
  viewing: '{{name}} está vendo',
  typing: '{{name}} está escrevendo uma resposta…',
} satisfies Catalog<typeof en>;
