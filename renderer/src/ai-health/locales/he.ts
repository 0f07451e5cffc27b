import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'בריאות ה-AI',
  title: 'בריאות ה-AI',
  intro:
    'מה שמצאו הבדיקות של ה-AI עצמו: API של כלי שענה מחוץ לתיאור שלו, הרצות צל של ההנחיה והמודל הנוכחיים מול הסבילות שלכם, ותקציב המודל של החודש.',
  refresh: 'רענון',
  needsNetwork: 'בריאות ה-AI נשמרת בתור המרכזי: היא תוצג כשהמסוף יהיה מקוון.',
  badge: 'התרעות שלא נצפו: {{count}}',
  events: 'אירועים, החדשים תחילה',
  alertCount: 'התרעות: {{count}} מתוך {{total}} אירועים.',
  none: 'עדיין לא דווח דבר.',
  alert: 'התרעה',
  openTicket: 'פנייה {{id}}',
  reported: 'דווח בתוך השעה: {{count}}',
  kind: {
    integration_drift: 'סטיית אינטגרציה',
    shadow_run: 'הרצת צל',
    budget: 'תקציב',
  },
  drift: {
    title: 'ה-API של הכלי {{api}} ענה מחוץ לתיאור שלו בפעולה',
    escalated: 'הפנייה עברה לאדם:',
  },
  shadow: {
    title: 'הוכרעו מחדש פניות שנפתרו ({{sampled}}) באמצעות',
    agreement: 'התאמה {{value}} (התרעה מתחת ל-{{tolerance}})',
    refusals: 'סירובי אמצעי הגנה {{value}} (התרעה מעל {{tolerance}})',
    disagreements: 'פניות שהוכרעו אחרת',
    change: 'היה {{was}}, עכשיו {{now}}',
    resolve: 'נפתר על ידי ה-AI',
    escalate: 'לאנשים ({{queue}})',
  },
  budget: {
    warning: 'ב-{{month}} הגיעו הוצאות המודל ל-{{spent}} מתוך תקציב של {{budget}}.',
    exhausted: 'ב-{{month}} הגיעו הוצאות המודל ל-{{spent}}: התקציב של {{budget}} נגמר.',
  },
  spend: {
    title: 'הוצאות המודל ב-{{month}}',
    ofBudget: '{{spent}} מתוך תקציב של {{budget}} ({{share}}).',
    noBudget: '{{spent}}; מדיניות הניתוב לא קובעת תקציב.',
    warning: 'הגיע לרמת ההתרעה.',
    exhausted: 'התקציב נגמר.',
    byRoute: 'לפי מסלול',
    route: 'מסלול',
    decisions: 'הכרעות',
    tokens: 'טוקנים',
    cost: 'עלות',
  },
} satisfies Catalog<typeof en>;
