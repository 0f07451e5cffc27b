import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Tags on tickets: chips, the tag picker, the inbox's tag filter (nl). */
export default {
  title: 'Labels',
  noneOnTicket: 'Geen labels',
  edit: 'Labels bewerken',
  shortcut: 'Labels van het open ticket bewerken',
  filter: 'Labels filteren',
  filterLabel: 'Label',
  pickerTitle: 'Labels van dit ticket',
  pickerHint: 'Enter zet het label erop of haalt het eraf; Esc sluit.',
  none: 'De organisatie heeft nog geen labels: een beheerder voegt ze toe in de instellingen.',
  noMatch: 'Geen label komt overeen.',
  presence: {
    all: 'Aan',
    some: 'Bij sommige',
    none: 'Uit',
  },
} satisfies Catalog<typeof en>;
