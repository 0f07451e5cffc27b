import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: 'Нова ескалація',
  newEscalations_one: '{{count, number}} нова ескалація',
  newEscalations_few: '{{count, number}} нові ескалації',
  newEscalations_many: '{{count, number}} нових ескалацій',
  newEscalations_other: '{{count, number}} нової ескалації',
  andMore_one: '{{first}} і ще {{count, number}}',
  andMore_few: '{{first}} і ще {{count, number}}',
  andMore_many: '{{first}} і ще {{count, number}}',
  andMore_other: '{{first}} і ще {{count, number}}',
  unreadTitle_one: '({{count, number}}) {{app}}: {{count, number}} непрочитана ескалація',
  unreadTitle_few: '({{count, number}}) {{app}}: {{count, number}} непрочитані ескалації',
  unreadTitle_many: '({{count, number}}) {{app}}: {{count, number}} непрочитаних ескалацій',
  unreadTitle_other: '({{count, number}}) {{app}}: {{count, number}} непрочитаної ескалації',
  tray: {
    connecting: 'Switchboard: підключення',
    noneWaiting: 'Switchboard: ескалацій в очікуванні немає',
    waiting_one: 'Switchboard: {{count, number}} ескалація очікує',
    waiting_few: 'Switchboard: {{count, number}} ескалації очікують',
    waiting_many: 'Switchboard: {{count, number}} ескалацій очікують',
    waiting_other: 'Switchboard: {{count, number}} ескалації очікують',
  },
  menu: {
    showConsole: 'Показати консоль',
    quit: 'Вийти зі Switchboard',
    settings: 'Налаштування…',
    shortcuts: 'Комбінації клавіш',
    file: 'Файл',
    edit: 'Редагування',
    view: 'Вигляд',
    window: 'Вікно',
  },
} satisfies Catalog<typeof en>;
