import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: 'Новая эскалация',
  mentioned: '{{by}} упомянул(а) вас в заметке',
  mentionedBySomeone: 'Коллега',
  newEscalations_one: '{{count, number}} новая эскалация',
  newEscalations_few: '{{count, number}} новые эскалации',
  newEscalations_many: '{{count, number}} новых эскалаций',
  newEscalations_other: '{{count, number}} новой эскалации',
  andMore_one: '{{first}} и ещё {{count, number}}',
  andMore_few: '{{first}} и ещё {{count, number}}',
  andMore_many: '{{first}} и ещё {{count, number}}',
  andMore_other: '{{first}} и ещё {{count, number}}',
  unreadTitle_one: '({{count, number}}) {{app}}: {{count, number}} непрочитанная эскалация',
  unreadTitle_few: '({{count, number}}) {{app}}: {{count, number}} непрочитанные эскалации',
  unreadTitle_many: '({{count, number}}) {{app}}: {{count, number}} непрочитанных эскалаций',
  unreadTitle_other: '({{count, number}}) {{app}}: {{count, number}} непрочитанной эскалации',
  tray: {
    connecting: 'Switchboard: подключение',
    noneWaiting: 'Switchboard: ожидающих эскалаций нет',
    waiting_one: 'Switchboard: {{count, number}} эскалация ожидает',
    waiting_few: 'Switchboard: {{count, number}} эскалации ожидают',
    waiting_many: 'Switchboard: {{count, number}} эскалаций ожидают',
    waiting_other: 'Switchboard: {{count, number}} эскалации ожидают',
  },
  menu: {
    showConsole: 'Показать консоль',
    quit: 'Выйти из Switchboard',
    settings: 'Настройки…',
    shortcuts: 'Сочетания клавиш',
    file: 'Файл',
    edit: 'Правка',
    view: 'Вид',
    window: 'Окно',
  },
  signInReturn: {
    title: 'Вход в Switchboard',
    signedIn: 'Вы вошли. Можно закрыть это окно и вернуться в Switchboard.',
    failures: {
      sso_expired: 'Этот вход был начат не здесь или занял слишком много времени. Начните его заново в Switchboard.',
      sso_cancelled: 'Вход был отменён у поставщика удостоверений. Начните его заново в Switchboard.',
      sso_refused:
        'Поставщик удостоверений подтвердил вашу личность, но у вас нет доступа к Switchboard. Попросите администратора добавить вас или назначить вам роль.',
      queue_unreachable: 'Не удалось связаться с центральной очередью. Повторите попытку чуть позже.',
    },
  },
} satisfies Catalog<typeof en>;
