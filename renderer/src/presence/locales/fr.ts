import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Who else is on a ticket (fr). */
export default {
  viewing: '{{name}} consulte ce ticket',
  typing: '{{name}} rédige une réponse…',
} satisfies Catalog<typeof en>;
