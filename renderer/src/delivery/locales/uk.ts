import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** A reply's delivery line on every channel (uk). */
export default {
  label: 'Доставлення',
  email: { queued: 'У черзі на надсилання для {{to}}', sent: 'Надіслано: {{to}}', failed: 'Не доставлено: {{to}}' },
  chat: { queued: 'Очікує показу в чаті клієнта', sent: 'Показано клієнтові', failed: 'Не показано клієнтові' },
  messaging: {
    queued: 'У черзі каналу, для {{to}}',
    sent: 'Прийнято каналом для {{to}}',
    failed: 'Не доставлено {{to}}',
  },
  reason: 'Причина:',
  attempts: 'Спроб: {{count}}',
  retry: 'Повторити',
  retrying: 'Повтор…',
  copy: 'Скопіювати текст',
  copied: 'Скопійовано: надішліть іншим способом.',
  copyFailed: 'Не вдалося скопіювати текст; виділіть його в повідомленні.',
} satisfies Catalog<typeof en>;
