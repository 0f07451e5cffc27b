import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The inbox's selection and bulk bar (ar). */
export default {
  label: 'إجراءات جماعية على التذاكر المحددة',
  actions: 'إجراءات على التحديد',
  selected: 'المحدد: {{count}}',
  running: 'جارٍ التطبيق على التحديد… ({{count}})',
  assignToMe: 'إسناد إليّ',
  tag: 'وسم…',
  snooze: 'تأجيل…',
  resolveWithMacro: 'حل بقالب…',
  clear: 'مسح التحديد',
  rowSelected: 'محدد لإجراء جماعي',
  toggleShortcut: 'تحديد صف صندوق الوارد أو إلغاء تحديده',
  selectAllShortcut: 'تحديد كل صفوف صندوق الوارد المعروضة',
  clearShortcut: 'مسح تحديد صندوق الوارد',
  tagTitle: 'وسوم التذاكر المحددة ({{count}})',
  snoozeTitle: 'تأجيل التذاكر المحددة ({{count}})',
  macroTitle: 'حل التذاكر المحددة بقالب ({{count}})',
  refused: 'مرفوضة، لكل منها سببه: {{count}}',
  done: {
    assign_to_me: 'أُسندت إليك: {{count}}',
    tag: 'تغيرت وسومها: {{count}}',
    snooze: 'أُجّلت: {{count}}',
    resolve_with_macro: 'رُدّ عليها وحُلّت: {{count}}',
  },
} satisfies Catalog<typeof en>;
