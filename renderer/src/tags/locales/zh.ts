import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Tags on tickets: chips, the tag picker, the inbox's tag filter (zh). */
export default {
  title: '标签',
  noneOnTicket: '无标签',
  edit: '编辑标签',
  shortcut: '编辑打开工单的标签',
  filter: '筛选标签',
  filterLabel: '标签',
  pickerTitle: '此工单的标签',
  pickerHint: 'Enter 添加或移除标签；Esc 关闭。',
  none: '租户还没有标签：管理员可在租户设置中添加。',
  noMatch: '没有匹配的标签。',
  presence: {
    all: '已加',
    some: '部分已加',
    none: '未加',
  },
} satisfies Catalog<typeof en>;
