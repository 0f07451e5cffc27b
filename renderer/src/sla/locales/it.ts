import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  firstReplyDueIn: 'Risposta entro {{duration}}',
  firstReplyOverdue: 'Risposta in ritardo di {{duration}}',
  resolutionDueIn: 'Risoluzione entro {{duration}}',
  resolutionOverdue: 'Risoluzione in ritardo di {{duration}}',
  dueNow: 'In scadenza ora',
  dueTitle: 'Scadenza {{time}}, contata in orario lavorativo ({{zone}})',
  breachTitle: 'SLA violato',
  breachFirstReply: 'Prima risposta in ritardo: {{subject}}',
  breachResolution: 'Risoluzione in ritardo: {{subject}}',
  noticesLabel: 'Violazioni dello SLA',
  open: 'Apri',
  dismiss: 'Chiudi',
} satisfies Catalog<typeof en>;
