import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** A reply's delivery line on every channel (he). */
export default {
  label: 'מסירה',
  email: { queued: 'ממתין לשליחה אל {{to}}', sent: 'נשלח אל {{to}}', failed: 'לא נמסר אל {{to}}' },
  chat: { queued: 'ממתין להצגה בצ׳אט של הלקוח', sent: 'הוצג ללקוח', failed: 'לא הוצג ללקוח' },
  messaging: { queued: 'בתור של הערוץ, אל {{to}}', sent: 'התקבל בערוץ עבור {{to}}', failed: 'לא נמסר אל {{to}}' },
  reason: 'סיבה:',
  attempts: 'ניסיונות: {{count}}',
  retry: 'נסה שוב',
  retrying: 'מנסה שוב…',
  copy: 'העתק טקסט',
  copied: 'הועתק: שלחו אותו בדרך אחרת.',
  copyFailed: 'לא ניתן היה להעתיק את הטקסט; סמנו אותו בהודעה במקום.',
} satisfies Catalog<typeof en>;
