import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  firstReplyDueIn: '距回复期限 {{duration}}',
  firstReplyOverdue: '回复已超时 {{duration}}',
  resolutionDueIn: '距解决期限 {{duration}}',
  resolutionOverdue: '解决已超时 {{duration}}',
  dueNow: '现已到期',
  dueTitle: '到期 {{time}}，按营业时间计算（{{zone}}）',
  breachTitle: '违反 SLA',
  breachFirstReply: '首次回复已超时：{{subject}}',
  breachResolution: '解决已超时：{{subject}}',
  noticesLabel: 'SLA 违规',
  open: '打开',
  dismiss: '关闭',
} satisfies Catalog<typeof en>;
