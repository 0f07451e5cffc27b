import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  firstReplyDueIn: 'Antwoord binnen {{duration}}',
  firstReplyOverdue: 'Antwoord {{duration}} te laat',
  resolutionDueIn: 'Oplossing binnen {{duration}}',
  resolutionOverdue: 'Oplossing {{duration}} te laat',
  dueNow: 'Nu verlopen',
  dueTitle: 'Vervalt {{time}}, geteld in kantooruren ({{zone}})',
  breachTitle: 'SLA overschreden',
  breachFirstReply: 'Eerste antwoord te laat: {{subject}}',
  breachResolution: 'Oplossing te laat: {{subject}}',
  noticesLabel: 'SLA-overschrijdingen',
  open: 'Openen',
  dismiss: 'Sluiten',
} satisfies Catalog<typeof en>;
