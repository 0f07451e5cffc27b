import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Tags on tickets: chips, the tag picker, the inbox's tag filter (uk). */
export default {
  title: 'Теги',
  noneOnTicket: 'Немає тегів',
  edit: 'Змінити теги',
  shortcut: 'Змінити теги відкритого звернення',
  filter: 'Фільтр тегів',
  filterLabel: 'Тег',
  pickerTitle: 'Теги цього звернення',
  pickerHint: 'Enter ставить або знімає тег; Esc закриває.',
  none: 'В організації ще немає тегів: адміністратор додає їх у налаштуваннях.',
  noMatch: 'Немає відповідних тегів.',
  presence: {
    all: 'Стоїть',
    some: 'У деяких',
    none: 'Не стоїть',
  },
} satisfies Catalog<typeof en>;
