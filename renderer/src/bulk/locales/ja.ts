import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The inbox's selection and bulk bar (ja). */
export default {
  label: '選択したチケットへの一括操作',
  actions: '選択への操作',
  selected: '選択中: {{count}}',
  running: '選択に適用中… ({{count}})',
  assignToMe: '自分に割り当て',
  tag: 'タグ…',
  snooze: 'スヌーズ…',
  resolveWithMacro: 'マクロで解決…',
  clear: '選択を解除',
  rowSelected: '一括操作に選択済み',
  toggleShortcut: '受信箱の行を選択または選択解除',
  selectAllShortcut: '表示中の受信箱の行をすべて選択',
  clearShortcut: '受信箱の選択を解除',
  tagTitle: '選択したチケットのタグ ({{count}})',
  snoozeTitle: '選択したチケットをスヌーズ ({{count}})',
  macroTitle: '選択したチケットをマクロで解決 ({{count}})',
  refused: '拒否（それぞれ理由付き）: {{count}}',
  done: {
    assign_to_me: 'あなたに割り当て: {{count}}',
    tag: 'タグを変更: {{count}}',
    snooze: 'スヌーズ: {{count}}',
    resolve_with_macro: '返信して解決: {{count}}',
  },
} satisfies Catalog<typeof en>;
