import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The customer panel's earlier tickets (it). */
export default {
  title: 'Ticket del cliente',
  search: 'Cerca nei ticket del cliente',
  tooLong: 'Usa al massimo {{max}} caratteri per la ricerca.',
  count: 'Ticket: {{count}}',
  matches: 'Ticket con queste parole: {{count}}',
  newestOf: 'Sono mostrati i {{shown}} più recenti su {{total}}.',
  none: 'Questa console non ha ancora ticket di questo cliente.',
  noMatch: 'Nessun ticket di questo cliente contiene queste parole.',
  openNow: 'Aperto ora',
  csat: 'Valutato {{score}} su 5',
  unrated: 'Non valutato',
  created: 'Creato il {{date}}',
  mergedInto: 'Unito a {{id}}',
  showMore: 'Mostra ticket precedenti',
  loading: 'Lettura dei ticket del cliente…',
  loadFailed: 'Impossibile leggere i ticket del cliente: {{reason}}',
  shortcut: 'Cerca nei ticket del cliente',
} satisfies Catalog<typeof en>;
