import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Who else is on a ticket (it). */
export default {
  viewing: '{{name}} lo sta guardando',
  typing: '{{name}} sta scrivendo una risposta…',
} satisfies Catalog<typeof en>;
