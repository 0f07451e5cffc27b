import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Who else is on a ticket (de). */
export default {
  viewing: '{{name}} sieht sich das an',
  typing: '{{name}} schreibt eine Antwort…',
} satisfies Catalog<typeof en>;
