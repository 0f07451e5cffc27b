import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: '历史记录',
  show: '显示历史记录',
  hide: '隐藏历史记录',
  loading: '正在加载历史记录…',
  empty: '尚无记录。',
  fromCache: '离线：{{time}}获取的历史记录。',
  refused: '已拒绝',
  claimedName: '（其控制台提供的名字为“{{name}}”）',
  retry: '重试',
  action: {
    ticket_intake: '收到工单',
    ai_decision: 'AI 决策',
    agent_reply: '已回复',
    send_and_resolve: '已回复并解决',
    note: '内部备注',
    reassign: '已转至其他队列',
    review: '已审核',
    reopen: '已重新打开',
    assign: '已接手',
    snooze: '已延后',
    handback: '已交还 AI',
    mark_spam: '已标记为垃圾信息',
    tag: '标签已更改',
    customer_reply: '客户来信',
    customer_rating: '客户评分',
    ticket_imported: '已导入',
    ticket_import_updated: '由导入更新',
  },
} satisfies Catalog<typeof en>;
