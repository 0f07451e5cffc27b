import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Merging tickets: the merge dialog, the undo bar, a merged ticket's pointer (he). */
export default {
  shortcut: 'מיזוג הפנייה הפתוחה לפנייה אחרת של הלקוח',
  title: 'מיזוג פנייה זו אל…',
  filter: 'סינון הפניות של הלקוח',
  loading: 'טוען את הפניות של הלקוח…',
  none: 'ללקוח אין פנייה אחרת למיזוג.',
  confirmTitle: 'למזג את הפניות?',
  confirmText:
    '„{{source}}” עוברת אל „{{target}}”: ההודעות שלה מצטרפות לשיחה ההיא, היא נסגרת כפתורה, והלקוח מקבל הודעה היכן השיחה ממשיכה. אפשר לבטל במשך 10 דקות.',
  confirm: 'מיזוג',
  cancel: 'ביטול',
  pointer: 'מוזגה אל ‎#{{id}}',
  open: 'פתיחה',
  undoBar: '{{count}} הודעות מוזגו לפנייה זו; ניתן לבטל עוד {{left}}.',
  undo: 'ביטול המיזוג',
} satisfies Catalog<typeof en>;
