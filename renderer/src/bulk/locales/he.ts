import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The inbox's selection and bulk bar (he). */
export default {
  label: 'פעולות מרוכזות על הפניות שנבחרו',
  actions: 'פעולות על הבחירה',
  selected: 'נבחרו: {{count}}',
  running: 'מבצע על הבחירה… ({{count}})',
  assignToMe: 'להקצות אליי',
  tag: 'תיוג…',
  snooze: 'דחייה…',
  resolveWithMacro: 'פתרון בתבנית…',
  clear: 'ניקוי הבחירה',
  rowSelected: 'נבחרה לפעולה מרוכזת',
  toggleShortcut: 'בחירה או ביטול בחירה של שורת התיבה',
  selectAllShortcut: 'בחירת כל שורות התיבה המוצגות',
  clearShortcut: 'ניקוי הבחירה בתיבה',
  tagTitle: 'התגיות של הפניות שנבחרו ({{count}})',
  snoozeTitle: 'דחיית הפניות שנבחרו ({{count}})',
  macroTitle: 'פתרון הפניות שנבחרו בתבנית ({{count}})',
  refused: 'נדחו, כל אחת עם הסיבה: {{count}}',
  done: {
    assign_to_me: 'הוקצו אליך: {{count}}',
    tag: 'תגיות שונו: {{count}}',
    snooze: 'נדחו למועד מאוחר: {{count}}',
    resolve_with_macro: 'נענו ונפתרו: {{count}}',
  },
} satisfies Catalog<typeof en>;
