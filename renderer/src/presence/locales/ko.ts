import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Who else is on a ticket (ko). */
export default {
  viewing: '{{name}} 님이 보는 중',
  typing: '{{name}} 님이 답장을 입력하는 중…',
} satisfies Catalog<typeof en>;
