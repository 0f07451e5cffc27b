import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Tags on tickets: chips, the tag picker, the inbox's tag filter (he). */
export default {
  title: 'תגיות',
  noneOnTicket: 'אין תגיות',
  edit: 'עריכת תגיות',
  shortcut: 'עריכת התגיות של הפנייה הפתוחה',
  filter: 'סינון תגיות',
  filterLabel: 'תגית',
  pickerTitle: 'התגיות של פנייה זו',
  pickerHint: 'Enter מוסיף או מסיר את התגית; Esc סוגר.',
  none: 'לארגון עדיין אין תגיות: מנהל מוסיף אותן בהגדרות.',
  noMatch: 'אין תגית מתאימה.',
  presence: {
    all: 'מסומנת',
    some: 'בחלק',
    none: 'לא מסומנת',
  },
} satisfies Catalog<typeof en>;
