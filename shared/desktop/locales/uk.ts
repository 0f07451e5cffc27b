import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: 'Нова ескалація',
  mentioned: '{{by}} згадав(ла) вас у нотатці',
  mentionedBySomeone: 'Колега',
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
  signInReturn: {
    title: 'Вхід у Switchboard',
    signedIn: 'Ви увійшли. Можна закрити це вікно й повернутися до Switchboard.',
    failures: {
      sso_expired: 'Цей вхід було розпочато не тут або він тривав надто довго. Почніть його знову у Switchboard.',
      sso_cancelled: 'Вхід було скасовано в постачальника ідентичності. Почніть його знову у Switchboard.',
      sso_refused:
        'Постачальник ідентичності підтвердив вашу особу, але у вас немає доступу до Switchboard. Попросіть адміністратора додати вас або призначити вам роль.',
      queue_unreachable: 'Не вдалося звʼязатися з центральною чергою. Спробуйте ще раз трохи згодом.',
    },
  },
} satisfies Catalog<typeof en>;
