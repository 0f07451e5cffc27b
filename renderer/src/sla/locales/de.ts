import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  firstReplyDueIn: 'Antwort fällig in {{duration}}',
  firstReplyOverdue: 'Antwort überfällig seit {{duration}}',
  resolutionDueIn: 'Lösung fällig in {{duration}}',
  resolutionOverdue: 'Lösung überfällig seit {{duration}}',
  dueNow: 'Jetzt fällig',
  dueTitle: 'Fällig {{time}}, gezählt in Geschäftszeiten ({{zone}})',
  breachTitle: 'SLA verletzt',
  breachFirstReply: 'Erste Antwort überfällig: {{subject}}',
  breachResolution: 'Lösung überfällig: {{subject}}',
  noticesLabel: 'SLA-Verletzungen',
  open: 'Öffnen',
  dismiss: 'Schließen',
} satisfies Catalog<typeof en>;
