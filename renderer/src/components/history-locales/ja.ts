import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: '履歴',
  show: '履歴を表示',
  hide: '履歴を隠す',
  loading: '履歴を読み込み中…',
  empty: 'まだ記録はありません。',
  fromCache: 'オフライン：{{time}}に取得した履歴です。',
  refused: '拒否',
  claimedName: '（コンソールが示した名前：「{{name}}」）',
  retry: '再試行',
  action: {
    ticket_intake: 'チケット受付',
    ai_decision: 'AIの判断',
    agent_reply: '返信',
    send_and_resolve: '返信して解決',
    note: '社内メモ',
    reassign: '担当キュー変更',
    review: 'レビュー',
    reopen: '再オープン',
    assign: '担当',
    snooze: 'スヌーズ',
    handback: 'AIに戻した',
    mark_spam: 'スパムとしてマーク済み',
    tag: 'タグを変更',
    customer_reply: '顧客の返信',
    customer_rating: '顧客の評価',
    ticket_imported: 'インポート',
    ticket_import_updated: 'インポートで更新',
  },
} satisfies Catalog<typeof en>;
