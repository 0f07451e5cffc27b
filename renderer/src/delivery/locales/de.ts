import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** A reply's delivery line on every channel (de). */
export default {
  label: 'Zustellung',
  email: {
    queued: 'Zum Senden an {{to}} eingereiht',
    sent: 'Gesendet an {{to}}',
    failed: 'Nicht zugestellt an {{to}}',
  },
  chat: {
    queued: 'Wartet darauf, im Chat des Kunden angezeigt zu werden',
    sent: 'Dem Kunden angezeigt',
    failed: 'Dem Kunden nicht angezeigt',
  },
  messaging: {
    queued: 'Für den Kanal eingereiht, an {{to}}',
    sent: 'Vom Kanal für {{to}} angenommen',
    failed: 'Nicht zugestellt an {{to}}',
  },
  reason: 'Grund:',
  attempts: 'Versuche: {{count}}',
  retry: 'Erneut senden',
  retrying: 'Wird erneut gesendet…',
  copy: 'Text kopieren',
  copied: 'Kopiert: Senden Sie ihn auf anderem Weg.',
  copyFailed: 'Der Text konnte nicht kopiert werden; markieren Sie ihn stattdessen in der Nachricht.',
} satisfies Catalog<typeof en>;
