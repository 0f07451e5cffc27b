import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  firstReplyDueIn: 'Resposta em {{duration}}',
  firstReplyOverdue: 'Resposta atrasada em {{duration}}',
  resolutionDueIn: 'Resolução em {{duration}}',
  resolutionOverdue: 'Resolução atrasada em {{duration}}',
  dueNow: 'Vence agora',
  dueTitle: 'Vence {{time}}, contado em horário comercial ({{zone}})',
  breachTitle: 'SLA violado',
  breachFirstReply: 'Primeira resposta atrasada: {{subject}}',
  breachResolution: 'Resolução atrasada: {{subject}}',
  noticesLabel: 'Violações de SLA',
  open: 'Abrir',
  dismiss: 'Dispensar',
} satisfies Catalog<typeof en>;
