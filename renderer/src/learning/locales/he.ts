import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'למידת ה-AI',
  title: 'מה ה-AI למד מהפניות שלכם',
  intro:
    'פניות שהצוות פותר עם מאמר שפורסם ומציין כוונה אחת מלמדות את ה-AI את הכוונה הזו. הוא מתאמן מחדש ברקע ושומר מודל חדש רק אם אינו גרוע יותר בפניות שמעולם לא התאמן עליהן.',
  loading: 'טוען…',
  none: 'עדיין לא נלמד דבר: ה-AI יתאמן מחדש כשמספיק פניות ייפתרו עם מאמר.',
  inUse: 'המודל בשימוש',
  fromTrainingData: 'המודל מנתוני האימון (שום דבר שנלמד מהפניות שלכם אינו בשימוש).',
  trainedAt: 'אומן ב-{{at}}',
  examples: 'מתוך {{history}} פניות שנפתרו ({{base}} דוגמאות מנתוני אימון)',
  accuracy: 'דיוק הכוונות בפניות שהושמו בצד',
  containment: 'נפתרו על ידי ה-AI עם ≤ 0.8 % שגיאות',
  intentsTitle: 'כוונות שנלמדו',
  intentColumn: 'כוונה',
  countColumn: 'דוגמאות',
  historyTitle: 'אימונים מחדש',
  adopted: 'אומץ',
  notAdopted: 'לא אומץ',
  undo: 'ביטול האימון האחרון',
  undoHint: 'חוזר למודל שלפניו; ה-AI יעבור אליו תוך דקה.',
  undone: 'בוטל. ה-AI חוזר למודל הקודם.',
  conflict: 'בינתיים ה-AI רשם אימון חדש. הביטו שוב ואז בטלו.',
  failed: 'הביטול לא נשמר: {{message}}',
} satisfies Catalog<typeof en>;
