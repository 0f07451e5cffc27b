import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: 'Nieuwe escalatie',
  newEscalations_one: '{{count, number}} nieuwe escalatie',
  newEscalations_other: '{{count, number}} nieuwe escalaties',
  andMore_one: '{{first}} en nog {{count, number}}',
  andMore_other: '{{first}} en nog {{count, number}}',
  unreadTitle_one: '({{count, number}}) {{app}}: {{count, number}} ongelezen escalatie',
  unreadTitle_other: '({{count, number}}) {{app}}: {{count, number}} ongelezen escalaties',
  tray: {
    connecting: 'Switchboard: verbinden',
    noneWaiting: 'Switchboard: geen escalaties in de wacht',
    waiting_one: 'Switchboard: {{count, number}} escalatie wacht',
    waiting_other: 'Switchboard: {{count, number}} escalaties wachten',
  },
  menu: {
    showConsole: 'Console tonen',
    quit: 'Switchboard afsluiten',
    settings: 'Instellingen…',
    shortcuts: 'Sneltoetsen',
    file: 'Bestand',
    edit: 'Wijzig',
    view: 'Weergave',
    window: 'Venster',
  },
} satisfies Catalog<typeof en>;
