import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: 'Yeni yönlendirme',
  mentioned: '{{by}} bir notta sizden bahsetti',
  mentionedBySomeone: 'Bir iş arkadaşı',
  newEscalations_one: '{{count, number}} yeni yönlendirme',
  newEscalations_other: '{{count, number}} yeni yönlendirme',
  andMore_one: '{{first}} ve {{count, number}} tane daha',
  andMore_other: '{{first}} ve {{count, number}} tane daha',
  unreadTitle_one: '({{count, number}}) {{app}}: {{count, number}} okunmamış yönlendirme',
  unreadTitle_other: '({{count, number}}) {{app}}: {{count, number}} okunmamış yönlendirme',
  tray: {
    connecting: 'Switchboard: bağlanıyor',
    noneWaiting: 'Switchboard: bekleyen yönlendirme yok',
    waiting_one: 'Switchboard: {{count, number}} yönlendirme bekliyor',
    waiting_other: 'Switchboard: {{count, number}} yönlendirme bekliyor',
  },
  menu: {
    showConsole: 'Konsolu göster',
    quit: 'Switchboard’dan çık',
    settings: 'Ayarlar…',
    shortcuts: 'Klavye kısayolları',
    file: 'Dosya',
    edit: 'Düzen',
    view: 'Görünüm',
    window: 'Pencere',
  },
  signInReturn: {
    title: 'Switchboard oturum açma',
    signedIn: 'Oturum açtınız. Bu pencereyi kapatıp Switchboard’a dönebilirsiniz.',
    failures: {
      sso_expired: 'Bu oturum açma burada başlatılmadı ya da çok uzun sürdü. Switchboard’dan yeniden başlatın.',
      sso_cancelled: 'Oturum açma kimlik sağlayıcısında iptal edildi. Switchboard’dan yeniden başlatın.',
      sso_refused:
        'Kimlik sağlayıcısı oturumunuzu açtı, ancak Switchboard size erişim vermiyor. Bir yöneticiden sizi eklemesini ya da size bir rol vermesini isteyin.',
      queue_unreachable: 'Merkezi kuyruğa ulaşılamadı. Birazdan yeniden deneyin.',
    },
  },
} satisfies Catalog<typeof en>;
