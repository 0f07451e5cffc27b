import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: 'Nuovo ticket inoltrato',
  mentioned: '{{by}} ti ha menzionato in una nota',
  mentionedBySomeone: 'Un collega',
  newEscalations_one: '{{count, number}} nuovo ticket inoltrato',
  newEscalations_many: '{{count, number}} di nuovi ticket inoltrati',
  newEscalations_other: '{{count, number}} nuovi ticket inoltrati',
  andMore_one: '{{first}} e {{count, number}} altro',
  andMore_many: '{{first}} e altri {{count, number}}',
  andMore_other: '{{first}} e altri {{count, number}}',
  unreadTitle_one: '({{count, number}}) {{app}}: {{count, number}} ticket inoltrato non letto',
  unreadTitle_many: '({{count, number}}) {{app}}: {{count, number}} di ticket inoltrati non letti',
  unreadTitle_other: '({{count, number}}) {{app}}: {{count, number}} ticket inoltrati non letti',
  tray: {
    connecting: 'Switchboard: connessione…',
    noneWaiting: 'Switchboard: nessun ticket inoltrato in attesa',
    waiting_one: 'Switchboard: {{count, number}} ticket inoltrato in attesa',
    waiting_many: 'Switchboard: {{count, number}} di ticket inoltrati in attesa',
    waiting_other: 'Switchboard: {{count, number}} ticket inoltrati in attesa',
  },
  menu: {
    showConsole: 'Mostra la console',
    quit: 'Esci da Switchboard',
    settings: 'Impostazioni…',
    shortcuts: 'Scorciatoie da tastiera',
    file: 'File',
    edit: 'Modifica',
    view: 'Vista',
    window: 'Finestra',
  },
  signInReturn: {
    title: 'Accesso a Switchboard',
    signedIn: 'Accesso effettuato. Puoi chiudere questa finestra e tornare a Switchboard.',
    failures: {
      sso_expired:
        'Questo accesso non è stato avviato qui, oppure ha richiesto troppo tempo. Avvialo di nuovo da Switchboard.',
      sso_cancelled: "L'accesso è stato annullato presso il provider di identità. Avvialo di nuovo da Switchboard.",
      sso_refused:
        "Il provider di identità ti ha autenticato, ma Switchboard non ti concede l'accesso. Chiedi a un amministratore di aggiungerti o di assegnarti un ruolo.",
      queue_unreachable: 'Non è stato possibile raggiungere la coda centrale. Riprova tra un momento.',
    },
  },
} satisfies Catalog<typeof en>;
