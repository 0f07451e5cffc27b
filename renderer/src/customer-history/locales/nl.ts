import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The customer panel's earlier tickets (nl). */
export default {
  title: 'Tickets van de klant',
  search: 'Tickets van de klant doorzoeken',
  tooLong: 'Gebruik hoogstens {{max}} tekens om te zoeken.',
  count: 'Aantal tickets: {{count}}',
  matches: 'Tickets met deze woorden: {{count}}',
  newestOf: 'De nieuwste {{shown}} van {{total}} worden getoond.',
  none: 'Deze console heeft nog geen tickets van deze klant.',
  noMatch: 'Geen ticket van deze klant bevat deze woorden.',
  openNow: 'Nu geopend',
  csat: 'Beoordeeld met {{score}} van 5',
  unrated: 'Niet beoordeeld',
  created: 'Aangemaakt op {{date}}',
  mergedInto: 'Samengevoegd in {{id}}',
  showMore: 'Oudere tickets tonen',
  loading: 'Tickets van de klant worden gelezen…',
  loadFailed: 'De tickets van de klant konden niet worden gelezen: {{reason}}',
  shortcut: 'Tickets van de klant doorzoeken',
} satisfies Catalog<typeof en>;
