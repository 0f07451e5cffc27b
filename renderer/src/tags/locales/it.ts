import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Tags on tickets: chips, the tag picker, the inbox's tag filter (it). */
export default {
  title: 'Etichette',
  noneOnTicket: 'Nessuna etichetta',
  edit: 'Modifica etichette',
  shortcut: 'Modifica le etichette del ticket aperto',
  filter: 'Filtra etichette',
  filterLabel: 'Etichetta',
  pickerTitle: 'Etichette di questo ticket',
  pickerHint: 'Invio aggiunge o toglie l’etichetta; Esc chiude.',
  none: 'L’organizzazione non ha ancora etichette: un amministratore le aggiunge nelle impostazioni.',
  noMatch: 'Nessuna etichetta corrisponde.',
  presence: {
    all: 'Presente',
    some: 'Su alcuni',
    none: 'Assente',
  },
} satisfies Catalog<typeof en>;
