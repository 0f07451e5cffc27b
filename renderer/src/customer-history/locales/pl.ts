import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The customer panel's earlier tickets (pl). */
export default {
  title: 'Zgłoszenia klienta',
  search: 'Szukaj w zgłoszeniach klienta',
  tooLong: 'Wyszukiwanie może mieć najwyżej {{max}} znaków.',
  count: 'Zgłoszenia: {{count}}',
  matches: 'Zgłoszenia z tymi słowami: {{count}}',
  newestOf: 'Pokazano najnowsze {{shown}} z {{total}}.',
  none: 'Ta konsola nie ma jeszcze zgłoszeń tego klienta.',
  noMatch: 'Żadne zgłoszenie tego klienta nie zawiera tych słów.',
  openNow: 'Teraz otwarte',
  csat: 'Ocena {{score}} na 5',
  unrated: 'Bez oceny',
  created: 'Utworzono {{date}}',
  mergedInto: 'Scalono z {{id}}',
  showMore: 'Pokaż starsze zgłoszenia',
  loading: 'Odczytywanie zgłoszeń klienta…',
  loadFailed: 'Nie udało się odczytać zgłoszeń klienta: {{reason}}',
  shortcut: 'Szukaj w zgłoszeniach klienta',
} satisfies Catalog<typeof en>;
