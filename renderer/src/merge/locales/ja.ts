import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Merging tickets: the merge dialog, the undo bar, a merged ticket's pointer (ja). */
export default {
  shortcut: '開いているチケットを顧客の別のチケットに統合',
  title: 'このチケットの統合先…',
  filter: '顧客のチケットを絞り込む',
  loading: '顧客のチケットを読み込み中…',
  none: '統合できる顧客の別のチケットはありません。',
  confirmTitle: 'チケットを統合しますか？',
  confirmText:
    '「{{source}}」は「{{target}}」に統合されます。メッセージはそのスレッドに移り、解決済みになり、顧客には会話の続き先が通知されます。10 分間は元に戻せます。',
  confirm: '統合',
  cancel: 'キャンセル',
  pointer: '#{{id}} に統合済み',
  open: '開く',
  undoBar: '{{count}} 件のメッセージをこのチケットに統合しました。あと {{left}} 元に戻せます。',
  undo: '元に戻す',
} satisfies Catalog<typeof en>;
