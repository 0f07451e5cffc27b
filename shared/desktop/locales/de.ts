import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: 'Neue Eskalation',
  mentioned: '{{by}} hat Sie in einer Notiz erwähnt',
  mentionedBySomeone: 'Ein Kollege',
  newEscalations_one: '{{count, number}} neue Eskalation',
  newEscalations_other: '{{count, number}} neue Eskalationen',
  andMore_one: '{{first}} und {{count, number}} weitere',
  andMore_other: '{{first}} und {{count, number}} weitere',
  unreadTitle_one: '({{count, number}}) {{app}}: {{count, number}} ungelesene Eskalation',
  unreadTitle_other: '({{count, number}}) {{app}}: {{count, number}} ungelesene Eskalationen',
  tray: {
    connecting: 'Switchboard: verbindet',
    noneWaiting: 'Switchboard: keine Eskalationen offen',
    waiting_one: 'Switchboard: {{count, number}} Eskalation wartet',
    waiting_other: 'Switchboard: {{count, number}} Eskalationen warten',
  },
  menu: {
    showConsole: 'Konsole anzeigen',
    quit: 'Switchboard beenden',
    settings: 'Einstellungen…',
    shortcuts: 'Tastenkürzel',
    file: 'Datei',
    edit: 'Bearbeiten',
    view: 'Ansicht',
    window: 'Fenster',
  },
  signInReturn: {
    title: 'Anmeldung bei Switchboard',
    signedIn: 'Sie sind angemeldet. Sie können dieses Fenster schließen und zu Switchboard zurückkehren.',
    failures: {
      sso_expired:
        'Diese Anmeldung wurde nicht hier begonnen oder hat zu lange gedauert. Starten Sie sie in Switchboard erneut.',
      sso_cancelled: 'Die Anmeldung wurde beim Identitätsanbieter abgebrochen. Starten Sie sie in Switchboard erneut.',
      sso_refused:
        'Der Identitätsanbieter hat Sie angemeldet, aber Switchboard gewährt Ihnen keinen Zugang. Bitten Sie einen Admin, Sie hinzuzufügen oder Ihnen eine Rolle zu geben.',
      queue_unreachable: 'Die zentrale Warteschlange war nicht erreichbar. Versuchen Sie es gleich noch einmal.',
    },
  },
} satisfies Catalog<typeof en>;
