import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Who else is on a ticket (es). */
export default {
  viewing: '{{name}} lo está viendo',
  typing: '{{name}} está escribiendo una respuesta…',
} satisfies Catalog<typeof en>;
