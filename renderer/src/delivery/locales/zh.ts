import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** A reply's delivery line on every channel (zh). */
export default {
  label: '投递',
  email: { queued: '等待发送至 {{to}}', sent: '已发送至 {{to}}', failed: '未能投递至 {{to}}' },
  chat: { queued: '等待在客户的聊天中显示', sent: '已显示给客户', failed: '未显示给客户' },
  messaging: { queued: '已排队等待渠道发送至 {{to}}', sent: '渠道已接收，发往 {{to}}', failed: '未投递至 {{to}}' },
  reason: '原因:',
  attempts: '尝试次数:{{count}}',
  retry: '重试',
  retrying: '正在重试…',
  copy: '复制文本',
  copied: '已复制:请通过其他方式发送。',
  copyFailed: '无法复制文本;请在消息中直接选中。',
} satisfies Catalog<typeof en>;
