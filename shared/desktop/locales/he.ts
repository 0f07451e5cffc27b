import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: 'הסלמה חדשה',
  mentioned: '{{by}} הזכיר/ה אותך בהערה',
  mentionedBySomeone: 'עמית/ה',
  newEscalations_one: 'הסלמה חדשה אחת',
  newEscalations_two: '{{count, number}} הסלמות חדשות',
  newEscalations_other: '{{count, number}} הסלמות חדשות',
  andMore_one: '{{first}} ועוד אחת',
  andMore_two: '{{first}} ועוד {{count, number}}',
  andMore_other: '{{first}} ועוד {{count, number}}',
  unreadTitle_one: '({{count, number}}) {{app}}: הסלמה אחת שלא נקראה',
  unreadTitle_two: '({{count, number}}) {{app}}: {{count, number}} הסלמות שלא נקראו',
  unreadTitle_other: '({{count, number}}) {{app}}: {{count, number}} הסלמות שלא נקראו',
  tray: {
    connecting: 'Switchboard: מתחבר',
    noneWaiting: 'Switchboard: אין הסלמות ממתינות',
    waiting_one: 'Switchboard: הסלמה אחת ממתינה',
    waiting_two: 'Switchboard: {{count, number}} הסלמות ממתינות',
    waiting_other: 'Switchboard: {{count, number}} הסלמות ממתינות',
  },
  menu: {
    showConsole: 'הצג את המסוף',
    quit: 'צא מ-Switchboard',
    settings: 'הגדרות…',
    shortcuts: 'קיצורי מקלדת',
    file: 'קובץ',
    edit: 'עריכה',
    view: 'תצוגה',
    window: 'חלון',
  },
  signInReturn: {
    title: 'כניסה ל-Switchboard',
    signedIn: 'נכנסת בהצלחה. אפשר לסגור את החלון הזה ולחזור ל-Switchboard.',
    failures: {
      sso_expired: 'הכניסה הזו לא התחילה כאן, או שנמשכה זמן רב מדי. התחילו אותה מחדש מתוך Switchboard.',
      sso_cancelled: 'הכניסה בוטלה אצל ספק הזהויות. התחילו אותה מחדש מתוך Switchboard.',
      sso_refused: 'ספק הזהויות אימת אתכם, אבל אין לכם גישה ל-Switchboard. בקשו ממנהל להוסיף אתכם או לתת לכם תפקיד.',
      queue_unreachable: 'לא ניתן היה להגיע לתור המרכזי. נסו שוב בעוד רגע.',
    },
  },
} satisfies Catalog<typeof en>;
