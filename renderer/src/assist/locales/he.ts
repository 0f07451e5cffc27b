import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The AI's help on a ticket and the two-way reply translation, Hebrew. */
export default {
  title: 'עזרת הבינה המלאכותית',
  shortcut: 'מעבר לעזרת הבינה המלאכותית',
  route: {
    builtin: 'המנוע המובנה',
    model: 'מודל',
    person: 'אדם',
  },
  routeLabel: 'מסלול',
  modelLabel: 'מודל',
  promptLabel: 'הנחיה',
  costLabel: 'עלות',
  latencyLabel: 'זמן',
  noCost: 'אין',
  belowCent: 'פחות מ-{{amount}}',
  citations: 'מקורות הטיוטה',
  citation: '[{{n}}] {{title}}',
  suggestedMacros: 'מאקרו מוצעים',
  insertMacro: 'הוספת {{name}}',
  suggestedArticles: 'מאמרים מוצעים',
  open: 'פתיחת {{title}}',
  article: {
    cited: 'הקטע המצוטט',
    insert: 'הוספה לתשובה',
    close: 'סגירה',
    missing: 'המאמר הזה אינו בעותק ההגדרות של המסוף הזה.',
  },
  reply: {
    translate: 'תרגום ל{{language}}',
    translating: 'מתרגם…',
    shortcut: 'תרגום התשובה שלי לשפת הלקוח',
    translated: '{{language}}: מה שיישלח',
    back: 'חזרה ל{{language}}, לבדיקה',
    use: 'שימוש בתרגום הזה',
    stale: 'התשובה השתנתה אחרי התרגום; יש לתרגם אותה שוב.',
    failed: 'לא ניתן היה לתרגם את התשובה, דבר לא נשלח: {{message}}',
  },
} satisfies Catalog<typeof en>;
