import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Who else is on a ticket (ru). */
export default {
  viewing: '{{name}} просматривает',
  typing: '{{name}} пишет ответ…',
} satisfies Catalog<typeof en>;
