import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** A reply's delivery line on every channel (it). */
export default {
  label: 'Consegna',
  email: { queued: 'In coda per l’invio a {{to}}', sent: 'Inviato a {{to}}', failed: 'Non consegnato a {{to}}' },
  chat: {
    queued: 'In attesa di essere mostrato nella chat del cliente',
    sent: 'Mostrato al cliente',
    failed: 'Non mostrato al cliente',
  },
  messaging: {
    queued: 'In coda per il canale, a {{to}}',
    sent: 'Accettato dal canale per {{to}}',
    failed: 'Non consegnato a {{to}}',
  },
  reason: 'Motivo:',
  attempts: 'Tentativi: {{count}}',
  retry: 'Riprova',
  retrying: 'Nuovo tentativo…',
  copy: 'Copia il testo',
  copied: 'Copiato: invialo in un altro modo.',
  copyFailed: 'Non è stato possibile copiare il testo; selezionalo nel messaggio.',
} satisfies Catalog<typeof en>;
