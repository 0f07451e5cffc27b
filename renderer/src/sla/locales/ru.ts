import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  firstReplyDueIn: 'Ответ через {{duration}}',
  firstReplyOverdue: 'Ответ просрочен на {{duration}}',
  resolutionDueIn: 'Решение через {{duration}}',
  resolutionOverdue: 'Решение просрочено на {{duration}}',
  dueNow: 'Срок сейчас',
  dueTitle: 'Срок {{time}}, считается в рабочие часы ({{zone}})',
  breachTitle: 'Нарушение SLA',
  breachFirstReply: 'Первый ответ просрочен: {{subject}}',
  breachResolution: 'Решение просрочено: {{subject}}',
  noticesLabel: 'Нарушения SLA',
  open: 'Открыть',
  dismiss: 'Закрыть',
} satisfies Catalog<typeof en>;
