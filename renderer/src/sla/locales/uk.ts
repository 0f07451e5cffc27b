import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  firstReplyDueIn: 'Відповідь через {{duration}}',
  firstReplyOverdue: 'Відповідь прострочено на {{duration}}',
  resolutionDueIn: 'Рішення через {{duration}}',
  resolutionOverdue: 'Рішення прострочено на {{duration}}',
  dueNow: 'Термін зараз',
  dueTitle: 'Термін {{time}}, рахується в робочі години ({{zone}})',
  breachTitle: 'Порушення SLA',
  breachFirstReply: 'Першу відповідь прострочено: {{subject}}',
  breachResolution: 'Рішення прострочено: {{subject}}',
  noticesLabel: 'Порушення SLA',
  open: 'Відкрити',
  dismiss: 'Закрити',
} satisfies Catalog<typeof en>;
