import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The customer panel's earlier tickets (ja). */
export default {
  title: '顧客のチケット',
  search: '顧客のチケットを検索',
  tooLong: '検索は{{max}}文字以内で入力してください。',
  count: 'チケット: {{count}}件',
  matches: 'これらの語を含むチケット: {{count}}件',
  newestOf: '{{total}}件中、最新の{{shown}}件を表示しています。',
  none: 'このコンソールにはまだこの顧客のチケットがありません。',
  noMatch: 'これらの語を含むこの顧客のチケットはありません。',
  openNow: '表示中',
  csat: '評価 {{score}}/5',
  unrated: '未評価',
  created: '作成日 {{date}}',
  mergedInto: '{{id}} に統合済み',
  showMore: '古いチケットを表示',
  loading: '顧客のチケットを読み込み中…',
  loadFailed: '顧客のチケットを読み込めませんでした: {{reason}}',
  shortcut: '顧客のチケットを検索',
} satisfies Catalog<typeof en>;
