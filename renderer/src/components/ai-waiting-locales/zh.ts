import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  starting_other: 'AI 正在启动：{{count, number}} 个工单等待中。AI 做出判断后，升级的工单会显示在这里。',
  deciding_other: 'AI 正在处理 {{count, number}} 个新工单。升级的工单会显示在这里。',
  waiting_other: '{{count, number}} 个新工单正在等待 AI。判断完成后，升级的工单会显示在这里。',
  failed: '此控制台的 AI 未能启动，请查看其日志。',
} satisfies Catalog<typeof en>;
