import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Tags on tickets: chips, the tag picker, the inbox's tag filter (ru). */
export default {
  title: 'Теги',
  noneOnTicket: 'Нет тегов',
  edit: 'Изменить теги',
  shortcut: 'Изменить теги открытого обращения',
  filter: 'Фильтр тегов',
  filterLabel: 'Тег',
  pickerTitle: 'Теги этого обращения',
  pickerHint: 'Enter ставит или снимает тег; Esc закрывает.',
  none: 'У организации пока нет тегов: администратор добавляет их в настройках.',
  noMatch: 'Нет подходящих тегов.',
  presence: {
    all: 'Стоит',
    some: 'У некоторых',
    none: 'Не стоит',
  },
} satisfies Catalog<typeof en>;
