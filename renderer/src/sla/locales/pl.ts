import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  firstReplyDueIn: 'Odpowiedź za {{duration}}',
  firstReplyOverdue: 'Odpowiedź spóźniona o {{duration}}',
  resolutionDueIn: 'Rozwiązanie za {{duration}}',
  resolutionOverdue: 'Rozwiązanie spóźnione o {{duration}}',
  dueNow: 'Termin teraz',
  dueTitle: 'Termin {{time}}, liczony w godzinach pracy ({{zone}})',
  breachTitle: 'Naruszenie SLA',
  breachFirstReply: 'Pierwsza odpowiedź po terminie: {{subject}}',
  breachResolution: 'Rozwiązanie po terminie: {{subject}}',
  noticesLabel: 'Naruszenia SLA',
  open: 'Otwórz',
  dismiss: 'Zamknij',
} satisfies Catalog<typeof en>;
