import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The customer panel's earlier tickets (zh). */
export default {
  title: '客户的工单',
  search: '搜索客户的工单',
  tooLong: '搜索内容最多 {{max}} 个字符。',
  count: '工单：{{count}} 个',
  matches: '包含这些词的工单：{{count}} 个',
  newestOf: '显示 {{total}} 个中最新的 {{shown}} 个。',
  none: '此控制台还没有该客户的工单。',
  noMatch: '该客户没有包含这些词的工单。',
  openNow: '当前打开',
  csat: '评分 {{score}}/5',
  unrated: '未评分',
  created: '创建于 {{date}}',
  mergedInto: '已合并到 {{id}}',
  showMore: '显示更早的工单',
  loading: '正在读取客户的工单…',
  loadFailed: '无法读取客户的工单：{{reason}}',
  shortcut: '搜索客户的工单',
} satisfies Catalog<typeof en>;
