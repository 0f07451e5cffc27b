import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** A reply's delivery line on every channel (pl). */
export default {
  label: 'Doręczenie',
  email: { queued: 'W kolejce do wysłania do {{to}}', sent: 'Wysłano do {{to}}', failed: 'Nie dostarczono do {{to}}' },
  chat: {
    queued: 'Czeka na wyświetlenie na czacie klienta',
    sent: 'Wyświetlono klientowi',
    failed: 'Nie wyświetlono klientowi',
  },
  messaging: {
    queued: 'W kolejce kanału, do {{to}}',
    sent: 'Przyjęte przez kanał dla {{to}}',
    failed: 'Nie doręczono do {{to}}',
  },
  reason: 'Powód:',
  attempts: 'Próby: {{count}}',
  retry: 'Ponów',
  retrying: 'Ponawianie…',
  copy: 'Kopiuj tekst',
  copied: 'Skopiowano: wyślij go w inny sposób.',
  copyFailed: 'Nie udało się skopiować tekstu; zaznacz go w wiadomości.',
} satisfies Catalog<typeof en>;
