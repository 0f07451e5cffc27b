import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The customer panel's earlier tickets (de). */
export default {
  title: 'Tickets des Kunden',
  search: 'Tickets des Kunden durchsuchen',
  tooLong: 'Suchen Sie mit höchstens {{max}} Zeichen.',
  count: 'Anzahl Tickets: {{count}}',
  matches: 'Tickets mit diesen Wörtern: {{count}}',
  newestOf: 'Die neuesten {{shown}} von {{total}} werden angezeigt.',
  none: 'Diese Konsole hat noch keine Tickets dieses Kunden.',
  noMatch: 'Kein Ticket dieses Kunden enthält diese Wörter.',
  openNow: 'Jetzt geöffnet',
  csat: 'Bewertet mit {{score}} von 5',
  unrated: 'Nicht bewertet',
  created: 'Erstellt am {{date}}',
  mergedInto: 'Zusammengeführt in {{id}}',
  showMore: 'Ältere Tickets anzeigen',
  loading: 'Tickets des Kunden werden gelesen…',
  loadFailed: 'Die Tickets des Kunden konnten nicht gelesen werden: {{reason}}',
  shortcut: 'Tickets des Kunden durchsuchen',
} satisfies Catalog<typeof en>;
