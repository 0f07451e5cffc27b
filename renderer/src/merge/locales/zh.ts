import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Merging tickets: the merge dialog, the undo bar, a merged ticket's pointer (zh). */
export default {
  shortcut: '将打开的工单合并到该客户的另一个工单',
  title: '将此工单合并到…',
  filter: '筛选该客户的工单',
  loading: '正在加载该客户的工单…',
  none: '该客户没有可合并的其他工单。',
  confirmTitle: '合并工单？',
  confirmText:
    '“{{source}}”将并入“{{target}}”：其消息加入该会话，它被标记为已解决，并告知客户对话在何处继续。10 分钟内可以撤销。',
  confirm: '合并',
  cancel: '取消',
  pointer: '已合并到 #{{id}}',
  open: '打开',
  undoBar: '已有 {{count}} 条消息合并到此工单；还可撤销 {{left}}。',
  undo: '撤销',
} satisfies Catalog<typeof en>;
