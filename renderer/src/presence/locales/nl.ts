import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Who else is on a ticket (nl). */
export default {
  viewing: '{{name}} bekijkt dit',
  typing: '{{name}} typt een antwoord…',
} satisfies Catalog<typeof en>;
