import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Who else is on a ticket (he). */
export default {
  viewing: '{{name}} צופה בפנייה',
  typing: '{{name}} כותב/ת תשובה…',
} satisfies Catalog<typeof en>;
