import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  firstReplyDueIn: 'מענה בעוד {{duration}}',
  firstReplyOverdue: 'מענה באיחור של {{duration}}',
  resolutionDueIn: 'פתרון בעוד {{duration}}',
  resolutionOverdue: 'פתרון באיחור של {{duration}}',
  dueNow: 'מועד עכשיו',
  dueTitle: 'מועד {{time}}, נספר בשעות הפעילות ({{zone}})',
  breachTitle: 'הפרת SLA',
  breachFirstReply: 'מענה ראשון באיחור: {{subject}}',
  breachResolution: 'פתרון באיחור: {{subject}}',
  noticesLabel: 'הפרות SLA',
  open: 'פתיחה',
  dismiss: 'סגירה',
} satisfies Catalog<typeof en>;
