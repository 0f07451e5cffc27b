import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Who else is on a ticket (pl). */
export default {
  viewing: '{{name}} przegląda zgłoszenie',
  typing: '{{name}} pisze odpowiedź…',
} satisfies Catalog<typeof en>;
