import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Who else is on a ticket (zh). */
export default {
  viewing: '{{name}} 正在查看',
  typing: '{{name}} 正在输入回复…',
} satisfies Catalog<typeof en>;
