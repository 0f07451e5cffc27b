import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  firstReplyDueIn: 'Yanıt için {{duration}} kaldı',
  firstReplyOverdue: 'Yanıt {{duration}} gecikti',
  resolutionDueIn: 'Çözüm için {{duration}} kaldı',
  resolutionOverdue: 'Çözüm {{duration}} gecikti',
  dueNow: 'Süresi şimdi doluyor',
  dueTitle: 'Son tarih {{time}}, mesai saatleriyle sayılır ({{zone}})',
  breachTitle: 'SLA ihlali',
  breachFirstReply: 'İlk yanıt gecikti: {{subject}}',
  breachResolution: 'Çözüm gecikti: {{subject}}',
  noticesLabel: 'SLA ihlalleri',
  open: 'Aç',
  dismiss: 'Kapat',
} satisfies Catalog<typeof en>;
