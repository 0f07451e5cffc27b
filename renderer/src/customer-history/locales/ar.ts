import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The customer panel's earlier tickets (ar). */
export default {
  title: 'تذاكر العميل',
  search: 'البحث في تذاكر العميل',
  tooLong: 'استخدم {{max}} حرفًا على الأكثر للبحث.',
  count: 'التذاكر: {{count}}',
  matches: 'التذاكر التي تحتوي على هذه الكلمات: {{count}}',
  newestOf: 'تُعرض أحدث {{shown}} من أصل {{total}}.',
  none: 'لا توجد في هذه الوحدة تذاكر لهذا العميل بعد.',
  noMatch: 'لا توجد تذكرة لهذا العميل تحتوي على هذه الكلمات.',
  openNow: 'مفتوحة الآن',
  csat: 'التقييم {{score}} من 5',
  unrated: 'بلا تقييم',
  created: 'أُنشئت في {{date}}',
  mergedInto: 'دُمجت في {{id}}',
  showMore: 'عرض التذاكر الأقدم',
  loading: 'جارٍ قراءة تذاكر العميل…',
  loadFailed: 'تعذّرت قراءة تذاكر العميل: {{reason}}',
  shortcut: 'البحث في تذاكر العميل',
} satisfies Catalog<typeof en>;
