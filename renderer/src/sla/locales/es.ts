import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  firstReplyDueIn: 'Respuesta en {{duration}}',
  firstReplyOverdue: 'Respuesta con {{duration}} de retraso',
  resolutionDueIn: 'Resolución en {{duration}}',
  resolutionOverdue: 'Resolución con {{duration}} de retraso',
  dueNow: 'Vence ahora',
  dueTitle: 'Vence {{time}}, contado en horario laboral ({{zone}})',
  breachTitle: 'SLA incumplido',
  breachFirstReply: 'Primera respuesta vencida: {{subject}}',
  breachResolution: 'Resolución vencida: {{subject}}',
  noticesLabel: 'Incumplimientos de SLA',
  open: 'Abrir',
  dismiss: 'Descartar',
} satisfies Catalog<typeof en>;
