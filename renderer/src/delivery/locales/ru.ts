import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** A reply's delivery line on every channel (ru). */
export default {
  label: 'Доставка',
  email: { queued: 'В очереди на отправку для {{to}}', sent: 'Отправлено: {{to}}', failed: 'Не доставлено: {{to}}' },
  chat: { queued: 'Ожидает показа в чате клиента', sent: 'Показано клиенту', failed: 'Не показано клиенту' },
  messaging: {
    queued: 'В очереди канала, для {{to}}',
    sent: 'Принято каналом для {{to}}',
    failed: 'Не доставлено {{to}}',
  },
  reason: 'Причина:',
  attempts: 'Попыток: {{count}}',
  retry: 'Повторить',
  retrying: 'Повтор…',
  copy: 'Скопировать текст',
  copied: 'Скопировано: отправьте другим способом.',
  copyFailed: 'Не удалось скопировать текст; выделите его в сообщении.',
} satisfies Catalog<typeof en>;
