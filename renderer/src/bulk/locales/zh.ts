import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The inbox's selection and bulk bar (zh). */
export default {
  label: '对所选工单的批量操作',
  actions: '对所选项的操作',
  selected: '已选: {{count}}',
  running: '正在处理所选项…（{{count}}）',
  assignToMe: '分配给我',
  tag: '加标签…',
  snooze: '暂缓…',
  resolveWithMacro: '用宏解决…',
  clear: '清除选择',
  rowSelected: '已选中以进行批量操作',
  toggleShortcut: '选择或取消选择收件箱行',
  selectAllShortcut: '选择显示的所有收件箱行',
  clearShortcut: '清除收件箱选择',
  tagTitle: '所选工单的标签（{{count}}）',
  snoozeTitle: '暂缓所选工单（{{count}}）',
  macroTitle: '用宏解决所选工单（{{count}}）',
  refused: '被拒绝（各附原因）：{{count}}',
  done: {
    assign_to_me: '已分配给你：{{count}}',
    tag: '标签已更改：{{count}}',
    snooze: '已暂缓：{{count}}',
    resolve_with_macro: '已回复并解决：{{count}}',
  },
} satisfies Catalog<typeof en>;
