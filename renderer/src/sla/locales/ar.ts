import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  firstReplyDueIn: 'الرد مستحق خلال {{duration}}',
  firstReplyOverdue: 'الرد متأخر {{duration}}',
  resolutionDueIn: 'الحل مستحق خلال {{duration}}',
  resolutionOverdue: 'الحل متأخر {{duration}}',
  dueNow: 'مستحق الآن',
  dueTitle: 'مستحق {{time}}، محسوب بساعات العمل ({{zone}})',
  breachTitle: 'خرق اتفاقية مستوى الخدمة',
  breachFirstReply: 'الرد الأول متأخر: {{subject}}',
  breachResolution: 'الحل متأخر: {{subject}}',
  noticesLabel: 'خروقات اتفاقية مستوى الخدمة',
  open: 'فتح',
  dismiss: 'إغلاق',
} satisfies Catalog<typeof en>;
