import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The customer panel's earlier tickets (he). */
export default {
  title: 'הפניות של הלקוח',
  search: 'חיפוש בפניות של הלקוח',
  tooLong: 'החיפוש יכול להכיל עד {{max}} תווים.',
  count: 'פניות: {{count}}',
  matches: 'פניות עם המילים האלה: {{count}}',
  newestOf: 'מוצגות {{shown}} החדשות מתוך {{total}}.',
  none: 'במסוף הזה עדיין אין פניות של הלקוח הזה.',
  noMatch: 'אין פנייה של הלקוח הזה עם המילים האלה.',
  openNow: 'פתוחה עכשיו',
  csat: 'דירוג {{score}} מתוך 5',
  unrated: 'לא דורג',
  created: 'נוצרה ב-{{date}}',
  mergedInto: 'מוזגה אל {{id}}',
  showMore: 'הצגת פניות ישנות יותר',
  loading: 'קורא את הפניות של הלקוח…',
  loadFailed: 'לא ניתן היה לקרוא את הפניות של הלקוח: {{reason}}',
  shortcut: 'חיפוש בפניות של הלקוח',
} satisfies Catalog<typeof en>;
