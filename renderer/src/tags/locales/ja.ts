import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Tags on tickets: chips, the tag picker, the inbox's tag filter (ja). */
export default {
  title: 'タグ',
  noneOnTicket: 'タグなし',
  edit: 'タグを編集',
  shortcut: '開いているチケットのタグを編集',
  filter: 'タグを絞り込む',
  filterLabel: 'タグ',
  pickerTitle: 'このチケットのタグ',
  pickerHint: 'Enter でタグを付けるか外します。Esc で閉じます。',
  none: 'テナントにはまだタグがありません。管理者がテナント設定で追加します。',
  noMatch: '一致するタグはありません。',
  presence: {
    all: '付いている',
    some: '一部に付いている',
    none: '付いていない',
  },
} satisfies Catalog<typeof en>;
