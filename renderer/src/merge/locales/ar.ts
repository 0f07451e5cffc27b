import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Merging tickets: the merge dialog, the undo bar, a merged ticket's pointer (ar). */
export default {
  shortcut: 'دمج التذكرة المفتوحة في تذكرة أخرى للعميل',
  title: 'دمج هذه التذكرة في…',
  filter: 'تصفية تذاكر العميل',
  loading: 'جارٍ تحميل تذاكر العميل…',
  none: 'ليس لدى العميل تذكرة أخرى للدمج فيها.',
  confirmTitle: 'دمج التذكرتين؟',
  confirmText:
    'تنتقل «{{source}}» إلى «{{target}}»: تنضم رسائلها إلى تلك المحادثة، وتُغلق كمحلولة، ويُبلَّغ العميل بمكان متابعة المحادثة. يمكنك التراجع خلال 10 دقائق.',
  confirm: 'دمج',
  cancel: 'إلغاء',
  pointer: 'دُمجت في ‎#{{id}}',
  open: 'فتح',
  undoBar: 'دُمجت {{count}} رسائل في هذه التذكرة؛ يمكن التراجع لمدة {{left}}.',
  undo: 'تراجع',
} satisfies Catalog<typeof en>;
