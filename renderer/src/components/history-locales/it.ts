import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'Cronologia',
  show: 'Mostra la cronologia',
  hide: 'Nascondi la cronologia',
  loading: 'Caricamento della cronologia…',
  empty: 'Ancora nulla di registrato.',
  fromCache: 'Offline: la cronologia come scaricata {{time}}.',
  refused: 'rifiutato',
  claimedName: '(la sua console ha indicato il nome «{{name}}»)',
  retry: 'Riprova',
  action: {
    ticket_intake: 'Ticket ricevuto',
    ai_decision: 'Decisione dell’IA',
    agent_reply: 'Risposto',
    send_and_resolve: 'Risposto e risolto',
    note: 'Nota interna',
    reassign: 'Riassegnato',
    review: 'Revisionato',
    reopen: 'Riaperto',
    assign: 'Preso in carico',
    snooze: 'Posticipato',
    handback: 'Restituito all’IA',
    mark_spam: 'Segnato come spam',
    tag: 'Tag modificati',
    customer_reply: 'Il cliente ha scritto',
    customer_rating: 'Il cliente ha valutato',
    ticket_imported: 'Importato',
    ticket_import_updated: 'Aggiornato da un’importazione',
  },
} satisfies Catalog<typeof en>;
