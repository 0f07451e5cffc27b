import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'Historia',
  show: 'Pokaż historię',
  hide: 'Ukryj historię',
  loading: 'Wczytywanie historii…',
  empty: 'Nic jeszcze nie zapisano.',
  fromCache: 'Offline: historia pobrana {{time}}.',
  refused: 'odrzucono',
  claimedName: '(konsola podała imię „{{name}}”)',
  retry: 'Spróbuj ponownie',
  action: {
    ticket_intake: 'Zgłoszenie przyjęte',
    ai_decision: 'Decyzja AI',
    agent_reply: 'Odpowiedziano',
    send_and_resolve: 'Odpowiedziano i rozwiązano',
    note: 'Notatka wewnętrzna',
    reassign: 'Przekazano do innej kolejki',
    review: 'Oceniono',
    reopen: 'Otwarto ponownie',
    assign: 'Przejęto',
    snooze: 'Odłożono',
    handback: 'Oddano AI',
    mark_spam: 'Oznaczono jako spam',
    tag: 'Zmieniono tagi',
    customer_reply: 'Klient napisał',
    customer_rating: 'Klient ocenił',
    ticket_imported: 'Zaimportowano',
    ticket_import_updated: 'Zaktualizowano przez import',
  },
} satisfies Catalog<typeof en>;
