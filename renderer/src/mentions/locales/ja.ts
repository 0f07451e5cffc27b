import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Mentions: the note editor's `@` completion, the Mentions view and its notices (ja). */
export default {
  tab: 'メンション',
  title: 'あなたに言及したメモ',
  empty: 'あなたに言及したメモはまだありません。',
  unread: '未読',
  by: '{{by}} が書きました',
  someone: '同僚',
  open: '開く',
  loadFailed: 'メンションを読み込めませんでした: {{reason}}',
  goShortcut: 'メンションへ移動',
  typeShortcut: 'メモで同僚にメンションする',
  editorHint: '@ を入力すると、メモで同僚にメンションできます。',
  completion: {
    label: 'メンションする人',
    offline: 'オフライン: キューから最後に読んだ人の一覧',
    none: '「{{query}}」に一致する人はいません',
    loadFailed: '人の一覧を取得できませんでした: {{reason}}',
  },
  notice: {
    region: 'あなたへのメンション',
    title: '{{by}} があなたにメンションしました',
    dismiss: '閉じる',
  },
} satisfies Catalog<typeof en>;
