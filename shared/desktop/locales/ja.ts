import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: '新しいエスカレーション',
  mentioned: '{{by}} がメモであなたにメンションしました',
  mentionedBySomeone: '同僚',
  newEscalations_other: '新しいエスカレーション {{count, number}} 件',
  andMore_other: '{{first}} ほか {{count, number}} 件',
  unreadTitle_other: '({{count, number}}) {{app}}：未読のエスカレーション {{count, number}} 件',
  tray: {
    connecting: 'Switchboard: 接続中',
    noneWaiting: 'Switchboard: 待機中のエスカレーションはありません',
    waiting_other: 'Switchboard: 待機中のエスカレーション {{count, number}} 件',
  },
  menu: {
    showConsole: 'コンソールを表示',
    quit: 'Switchboard を終了',
    settings: '設定…',
    shortcuts: 'キーボードショートカット',
    file: 'ファイル',
    edit: '編集',
    view: '表示',
    window: 'ウインドウ',
  },
  signInReturn: {
    title: 'Switchboard へのサインイン',
    signedIn: 'サインインしました。このウィンドウを閉じて Switchboard に戻ってください。',
    failures: {
      sso_expired:
        'このサインインはここで開始されたものではないか、時間がかかりすぎました。Switchboard からもう一度開始してください。',
      sso_cancelled: 'ID プロバイダーでサインインがキャンセルされました。Switchboard からもう一度開始してください。',
      sso_refused:
        'ID プロバイダーでは認証されましたが、Switchboard へのアクセス権がありません。管理者に追加またはロールの付与を依頼してください。',
      queue_unreachable: '中央キューに接続できませんでした。しばらくしてからもう一度お試しください。',
    },
  },
} satisfies Catalog<typeof en>;
