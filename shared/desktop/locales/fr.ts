import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: 'Nouvelle escalade',
  mentioned: '{{by}} vous a mentionné dans une note',
  mentionedBySomeone: 'Un collègue',
  newEscalations_one: '{{count, number}} nouvelle escalade',
  newEscalations_many: '{{count, number}} de nouvelles escalades',
  newEscalations_other: '{{count, number}} nouvelles escalades',
  andMore_one: '{{first}} et {{count, number}} autre',
  andMore_many: '{{first}} et {{count, number}} autres',
  andMore_other: '{{first}} et {{count, number}} autres',
  unreadTitle_one: '({{count, number}}) {{app}} : {{count, number}} escalade non lue',
  unreadTitle_many: '({{count, number}}) {{app}} : {{count, number}} d’escalades non lues',
  unreadTitle_other: '({{count, number}}) {{app}} : {{count, number}} escalades non lues',
  tray: {
    connecting: 'Switchboard : connexion…',
    noneWaiting: 'Switchboard : aucune escalade en attente',
    waiting_one: 'Switchboard : {{count, number}} escalade en attente',
    waiting_many: 'Switchboard : {{count, number}} d’escalades en attente',
    waiting_other: 'Switchboard : {{count, number}} escalades en attente',
  },
  menu: {
    showConsole: 'Afficher la console',
    quit: 'Quitter Switchboard',
    settings: 'Paramètres…',
    shortcuts: 'Raccourcis clavier',
    file: 'Fichier',
    edit: 'Édition',
    view: 'Affichage',
    window: 'Fenêtre',
  },
  signInReturn: {
    title: 'Connexion à Switchboard',
    signedIn: 'Vous êtes connecté. Vous pouvez fermer cette fenêtre et revenir à Switchboard.',
    failures: {
      sso_expired:
        "Cette connexion n'a pas été lancée ici, ou elle a pris trop de temps. Relancez-la depuis Switchboard.",
      sso_cancelled: "La connexion a été annulée auprès du fournisseur d'identité. Relancez-la depuis Switchboard.",
      sso_refused:
        "Le fournisseur d'identité vous a connecté, mais Switchboard ne vous donne aucun accès. Demandez à un administrateur de vous ajouter ou de vous attribuer un rôle.",
      queue_unreachable: "La file centrale n'a pas pu être jointe. Réessayez dans un instant.",
    },
  },
} satisfies Catalog<typeof en>;
