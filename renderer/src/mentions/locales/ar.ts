import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Mentions: the note editor's `@` completion, the Mentions view and its notices (ar). */
export default {
  tab: 'الإشارات',
  title: 'ملاحظات تشير إليك',
  empty: 'لا توجد ملاحظة تشير إليك بعد.',
  unread: 'غير مقروءة',
  by: 'كتب {{by}}',
  someone: 'زميل',
  open: 'فتح',
  loadFailed: 'تعذّرت قراءة الإشارات إليك: {{reason}}',
  goShortcut: 'الانتقال إلى الإشارات إليك',
  typeShortcut: 'الإشارة إلى زميل في ملاحظة',
  editorHint: 'اكتب @ للإشارة إلى زميل في ملاحظة.',
  completion: {
    label: 'أشخاص للإشارة إليهم',
    offline: 'دون اتصال: الأشخاص كما قُرئوا آخر مرة من قائمة الانتظار',
    none: 'لا أحد يطابق «{{query}}»',
    loadFailed: 'تعذّر سرد الأشخاص: {{reason}}',
  },
  notice: {
    region: 'الإشارات إليك',
    title: 'أشار إليك {{by}}',
    dismiss: 'إغلاق',
  },
} satisfies Catalog<typeof en>;
