import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: 'Nieuwe escalatie',
  mentioned: '{{by}} heeft u in een notitie vermeld',
  mentionedBySomeone: 'Een collega',
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
  signInReturn: {
    title: 'Aanmelden bij Switchboard',
    signedIn: 'U bent aangemeld. U kunt dit venster sluiten en teruggaan naar Switchboard.',
    failures: {
      sso_expired: 'Deze aanmelding is hier niet gestart of duurde te lang. Start haar opnieuw vanuit Switchboard.',
      sso_cancelled: 'De aanmelding is geannuleerd bij de identiteitsprovider. Start haar opnieuw vanuit Switchboard.',
      sso_refused:
        'De identiteitsprovider heeft u aangemeld, maar Switchboard geeft u geen toegang. Vraag een beheerder u toe te voegen of u een rol te geven.',
      queue_unreachable: 'De centrale wachtrij was niet bereikbaar. Probeer het zo opnieuw.',
    },
  },
} satisfies Catalog<typeof en>;
