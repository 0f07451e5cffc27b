import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Tags on tickets: chips, the tag picker, the inbox's tag filter (de). */
export default {
  title: 'Schlagwörter',
  noneOnTicket: 'Keine Schlagwörter',
  edit: 'Schlagwörter bearbeiten',
  shortcut: 'Schlagwörter des offenen Tickets bearbeiten',
  filter: 'Schlagwörter filtern',
  filterLabel: 'Schlagwort',
  pickerTitle: 'Schlagwörter dieses Tickets',
  pickerHint: 'Enter setzt das Schlagwort oder entfernt es; Esc schließt.',
  none: 'Der Mandant hat noch keine Schlagwörter: Ein Admin legt sie in den Mandanteneinstellungen an.',
  noMatch: 'Kein Schlagwort passt.',
  presence: {
    all: 'Gesetzt',
    some: 'Bei manchen',
    none: 'Nicht gesetzt',
  },
} satisfies Catalog<typeof en>;
