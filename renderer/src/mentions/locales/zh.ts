import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Mentions: the note editor's `@` completion, the Mentions view and its notices (zh). */
export default {
  tab: '提及',
  title: '提及你的备注',
  empty: '还没有备注提及你。',
  unread: '未读',
  by: '{{by}} 写道',
  someone: '一位同事',
  open: '打开',
  loadFailed: '无法读取提及你的内容：{{reason}}',
  goShortcut: '前往你的提及',
  typeShortcut: '在备注中提及同事',
  editorHint: '输入 @ 即可在备注中提及同事。',
  completion: {
    label: '可提及的人',
    offline: '离线：按上次从队列读取的人员列表',
    none: '没有人与“{{query}}”匹配',
    loadFailed: '无法列出人员：{{reason}}',
  },
  notice: {
    region: '提及你的通知',
    title: '{{by}} 提及了你',
    dismiss: '关闭',
  },
} satisfies Catalog<typeof en>;
