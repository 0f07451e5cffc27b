import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Mentions: the note editor's `@` completion, the Mentions view and its notices (he). */
export default {
  tab: 'אזכורים',
  title: 'הערות שמזכירות אותך',
  empty: 'עדיין אין הערה שמזכירה אותך.',
  unread: 'לא נקרא',
  by: '{{by}} כתב/ה',
  someone: 'עמית/ה',
  open: 'פתיחה',
  loadFailed: 'לא ניתן היה לקרוא את האזכורים שלך: {{reason}}',
  goShortcut: 'מעבר לאזכורים שלך',
  typeShortcut: 'אזכור עמית/ה בהערה',
  editorHint: 'הקלידו @ כדי להזכיר עמית/ה בהערה.',
  completion: {
    label: 'אנשים לאזכור',
    offline: 'לא מקוון: האנשים כפי שנקראו לאחרונה מהתור',
    none: 'אין אף אחד שמתאים ל„{{query}}”',
    loadFailed: 'לא ניתן היה להציג את האנשים: {{reason}}',
  },
  notice: {
    region: 'אזכורים שלך',
    title: '{{by}} הזכיר/ה אותך',
    dismiss: 'סגירה',
  },
} satisfies Catalog<typeof en>;
