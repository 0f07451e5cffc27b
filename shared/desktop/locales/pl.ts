import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: 'Nowa eskalacja',
  mentioned: '{{by}} wspomniał(a) o tobie w notatce',
  mentionedBySomeone: 'Współpracownik',
  newEscalations_one: '{{count, number}} nowa eskalacja',
  newEscalations_few: '{{count, number}} nowe eskalacje',
  newEscalations_many: '{{count, number}} nowych eskalacji',
  newEscalations_other: '{{count, number}} nowej eskalacji',
  andMore_one: '{{first}} i jeszcze {{count, number}}',
  andMore_few: '{{first}} i jeszcze {{count, number}}',
  andMore_many: '{{first}} i jeszcze {{count, number}}',
  andMore_other: '{{first}} i jeszcze {{count, number}}',
  unreadTitle_one: '({{count, number}}) {{app}}: {{count, number}} nieprzeczytana eskalacja',
  unreadTitle_few: '({{count, number}}) {{app}}: {{count, number}} nieprzeczytane eskalacje',
  unreadTitle_many: '({{count, number}}) {{app}}: {{count, number}} nieprzeczytanych eskalacji',
  unreadTitle_other: '({{count, number}}) {{app}}: {{count, number}} nieprzeczytanej eskalacji',
  tray: {
    connecting: 'Switchboard: łączenie',
    noneWaiting: 'Switchboard: brak oczekujących eskalacji',
    waiting_one: 'Switchboard: {{count, number}} oczekująca eskalacja',
    waiting_few: 'Switchboard: {{count, number}} oczekujące eskalacje',
    waiting_many: 'Switchboard: {{count, number}} oczekujących eskalacji',
    waiting_other: 'Switchboard: {{count, number}} oczekującej eskalacji',
  },
  menu: {
    showConsole: 'Pokaż konsolę',
    quit: 'Zamknij Switchboard',
    settings: 'Ustawienia…',
    shortcuts: 'Skróty klawiszowe',
    file: 'Plik',
    edit: 'Edycja',
    view: 'Widok',
    window: 'Okno',
  },
  signInReturn: {
    title: 'Logowanie do Switchboard',
    signedIn: 'Zalogowano. Możesz zamknąć to okno i wrócić do Switchboard.',
    failures: {
      sso_expired:
        'To logowanie nie zostało rozpoczęte tutaj albo trwało zbyt długo. Rozpocznij je ponownie w Switchboard.',
      sso_cancelled: 'Logowanie zostało anulowane u dostawcy tożsamości. Rozpocznij je ponownie w Switchboard.',
      sso_refused:
        'Dostawca tożsamości cię zalogował, ale Switchboard nie daje ci dostępu. Poproś administratora o dodanie cię lub nadanie ci roli.',
      queue_unreachable: 'Nie udało się połączyć z kolejką centralną. Spróbuj ponownie za chwilę.',
    },
  },
} satisfies Catalog<typeof en>;
