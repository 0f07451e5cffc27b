import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'Verlauf',
  show: 'Verlauf anzeigen',
  hide: 'Verlauf ausblenden',
  loading: 'Verlauf wird geladen…',
  empty: 'Noch nichts aufgezeichnet.',
  fromCache: 'Offline: der Verlauf, wie er {{time}} abgerufen wurde.',
  refused: 'abgelehnt',
  claimedName: '(die Konsole nannte den Namen „{{name}}“)',
  retry: 'Erneut versuchen',
  action: {
    ticket_intake: 'Ticket eingegangen',
    ai_decision: 'KI-Entscheidung',
    agent_reply: 'Geantwortet',
    send_and_resolve: 'Geantwortet und gelöst',
    note: 'Interne Notiz',
    reassign: 'Neu zugewiesen',
    review: 'Geprüft',
    reopen: 'Wieder geöffnet',
    assign: 'Übernommen',
    snooze: 'Zurückgestellt',
    handback: 'An die KI zurückgegeben',
    mark_spam: 'Als Spam markiert',
    tag: 'Tags geändert',
    customer_reply: 'Kunde schrieb',
    customer_rating: 'Kunde bewertete',
    ticket_imported: 'Importiert',
    ticket_import_updated: 'Durch einen Import aktualisiert',
  },
} satisfies Catalog<typeof en>;
