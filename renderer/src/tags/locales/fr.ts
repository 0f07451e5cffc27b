import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Tags on tickets: chips, the tag picker, the inbox's tag filter (fr). */
export default {
  title: 'Étiquettes',
  noneOnTicket: 'Aucune étiquette',
  edit: 'Modifier les étiquettes',
  shortcut: 'Modifier les étiquettes du ticket ouvert',
  filter: 'Filtrer les étiquettes',
  filterLabel: 'Étiquette',
  pickerTitle: 'Étiquettes de ce ticket',
  pickerHint: 'Entrée pose ou retire l’étiquette ; Échap ferme.',
  none: 'L’organisation n’a pas encore d’étiquettes : un administrateur les ajoute dans ses paramètres.',
  noMatch: 'Aucune étiquette ne correspond.',
  presence: {
    all: 'Posée',
    some: 'Sur certains',
    none: 'Non posée',
  },
} satisfies Catalog<typeof en>;
