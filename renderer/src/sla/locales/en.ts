import type { CatalogTree } from '../../../../shared/i18n/catalog.js';

/** The SLA texts, English: the reference every locale matches. */
export default {
  firstReplyDueIn: 'Reply due in {{duration}}',
  firstReplyOverdue: 'Reply overdue by {{duration}}',
  resolutionDueIn: 'Resolution due in {{duration}}',
  resolutionOverdue: 'Resolution overdue by {{duration}}',
  dueNow: 'Due now',
  dueTitle: 'Due {{time}}, counted in business hours ({{zone}})',
  breachTitle: 'SLA breached',
  breachFirstReply: 'First reply overdue: {{subject}}',
  breachResolution: 'Resolution overdue: {{subject}}',
  noticesLabel: 'SLA breaches',
  open: 'Open',
  dismiss: 'Dismiss',
} satisfies CatalogTree;
