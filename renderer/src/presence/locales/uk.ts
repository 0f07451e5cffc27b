import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Who else is on a ticket (uk). */
export default {
  viewing: '{{name}} переглядає',
  typing: '{{name}} пише відповідь…',
} satisfies Catalog<typeof en>;
