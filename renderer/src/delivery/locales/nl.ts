import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** A reply's delivery line on every channel (nl). */
export default {
  label: 'Bezorging',
  email: {
    queued: 'In de wachtrij om te versturen naar {{to}}',
    sent: 'Verzonden naar {{to}}',
    failed: 'Niet bezorgd bij {{to}}',
  },
  chat: {
    queued: 'Wacht tot de chat van de klant het toont',
    sent: 'Getoond aan de klant',
    failed: 'Niet getoond aan de klant',
  },
  messaging: {
    queued: 'In de wachtrij voor het kanaal, aan {{to}}',
    sent: 'Door het kanaal aangenomen voor {{to}}',
    failed: 'Niet bezorgd bij {{to}}',
  },
  reason: 'Reden:',
  attempts: 'Pogingen: {{count}}',
  retry: 'Opnieuw proberen',
  retrying: 'Opnieuw proberen…',
  copy: 'Tekst kopiëren',
  copied: 'Gekopieerd: verstuur het op een andere manier.',
  copyFailed: 'De tekst kon niet worden gekopieerd; selecteer hem in het bericht.',
} satisfies Catalog<typeof en>;
