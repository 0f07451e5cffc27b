import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'היסטוריה',
  show: 'הצגת ההיסטוריה',
  hide: 'הסתרת ההיסטוריה',
  loading: 'טוען את ההיסטוריה…',
  empty: 'עדיין לא נרשם דבר.',
  fromCache: 'לא מקוון: ההיסטוריה כפי שנטענה {{time}}.',
  refused: 'נדחה',
  claimedName: '(השם שהמסוף מסר: „{{name}}”)',
  retry: 'לנסות שוב',
  action: {
    ticket_intake: 'הפנייה התקבלה',
    ai_decision: 'החלטת הבינה המלאכותית',
    agent_reply: 'נשלחה תשובה',
    send_and_resolve: 'נשלחה תשובה והפנייה נסגרה',
    note: 'הערה פנימית',
    reassign: 'הועברה לתור אחר',
    review: 'נבדקה',
    reopen: 'נפתחה מחדש',
    assign: 'נלקחה לטיפול',
    snooze: 'נדחתה לזמן מאוחר יותר',
    handback: 'הוחזרה לבינה המלאכותית',
    mark_spam: 'סומנה כספאם',
    tag: 'התגיות שונו',
    customer_reply: 'הלקוח כתב',
    customer_rating: 'הלקוח דירג',
    ticket_imported: 'יובא',
    ticket_import_updated: 'עודכן בייבוא',
  },
} satisfies Catalog<typeof en>;
