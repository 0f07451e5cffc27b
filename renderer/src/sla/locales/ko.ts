import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  firstReplyDueIn: '답변 기한까지 {{duration}}',
  firstReplyOverdue: '답변 기한 {{duration}} 초과',
  resolutionDueIn: '해결 기한까지 {{duration}}',
  resolutionOverdue: '해결 기한 {{duration}} 초과',
  dueNow: '지금 기한',
  dueTitle: '기한 {{time}}, 영업시간 기준 ({{zone}})',
  breachTitle: 'SLA 위반',
  breachFirstReply: '첫 답변 기한 초과: {{subject}}',
  breachResolution: '해결 기한 초과: {{subject}}',
  noticesLabel: 'SLA 위반',
  open: '열기',
  dismiss: '닫기',
} satisfies Catalog<typeof en>;
