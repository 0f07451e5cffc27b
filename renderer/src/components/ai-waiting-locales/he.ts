import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  starting_one: 'ה-AI עולה: פנייה אחת ממתינה. פניות שהוסלמו יופיעו כאן כשה-AI יחליט.',
  starting_two: 'ה-AI עולה: שתי פניות ממתינות. פניות שהוסלמו יופיעו כאן כשה-AI יחליט.',
  starting_other: 'ה-AI עולה: {{count, number}} פניות ממתינות. פניות שהוסלמו יופיעו כאן כשה-AI יחליט.',
  deciding_one: 'ה-AI מחליט לגבי פנייה חדשה אחת. פניות שהוסלמו יופיעו כאן.',
  deciding_two: 'ה-AI מחליט לגבי שתי פניות חדשות. פניות שהוסלמו יופיעו כאן.',
  deciding_other: 'ה-AI מחליט לגבי {{count, number}} פניות חדשות. פניות שהוסלמו יופיעו כאן.',
  waiting_one: 'פנייה חדשה אחת ממתינה ל-AI. פניות שהוסלמו יופיעו כאן אחרי ההחלטה.',
  waiting_two: 'שתי פניות חדשות ממתינות ל-AI. פניות שהוסלמו יופיעו כאן אחרי ההחלטה.',
  waiting_other: '{{count, number}} פניות חדשות ממתינות ל-AI. פניות שהוסלמו יופיעו כאן אחרי ההחלטה.',
  failed: 'ה-AI של הקונסולה הזו לא הצליח לעלות; ראו את היומן שלה.',
} satisfies Catalog<typeof en>;
