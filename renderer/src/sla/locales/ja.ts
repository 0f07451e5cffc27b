import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  firstReplyDueIn: '返信期限まで {{duration}}',
  firstReplyOverdue: '返信が {{duration}} 超過',
  resolutionDueIn: '解決期限まで {{duration}}',
  resolutionOverdue: '解決が {{duration}} 超過',
  dueNow: '期限です',
  dueTitle: '期限 {{time}}（営業時間で計算、{{zone}}）',
  breachTitle: 'SLA 違反',
  breachFirstReply: '初回返信の期限超過: {{subject}}',
  breachResolution: '解決の期限超過: {{subject}}',
  noticesLabel: 'SLA 違反',
  open: '開く',
  dismiss: '閉じる',
} satisfies Catalog<typeof en>;
