import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Tags on tickets: chips, the tag picker, the inbox's tag filter (pl). */
export default {
  title: 'Tagi',
  noneOnTicket: 'Brak tagów',
  edit: 'Edytuj tagi',
  shortcut: 'Edytuj tagi otwartego zgłoszenia',
  filter: 'Filtruj tagi',
  filterLabel: 'Tag',
  pickerTitle: 'Tagi tego zgłoszenia',
  pickerHint: 'Enter dodaje lub usuwa tag; Esc zamyka.',
  none: 'Organizacja nie ma jeszcze tagów: administrator dodaje je w ustawieniach.',
  noMatch: 'Żaden tag nie pasuje.',
  presence: {
    all: 'Dodany',
    some: 'Na części',
    none: 'Brak',
  },
} satisfies Catalog<typeof en>;
