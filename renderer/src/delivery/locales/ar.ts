import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** A reply's delivery line on every channel (ar). */
export default {
  label: 'التسليم',
  email: { queued: 'في الانتظار للإرسال إلى {{to}}', sent: 'أُرسل إلى {{to}}', failed: 'لم يُسلَّم إلى {{to}}' },
  chat: { queued: 'في انتظار عرضه في دردشة العميل', sent: 'عُرض على العميل', failed: 'لم يُعرض على العميل' },
  messaging: {
    queued: 'في قائمة انتظار القناة، إلى {{to}}',
    sent: 'قبلته القناة لـ {{to}}',
    failed: 'لم يُسلَّم إلى {{to}}',
  },
  reason: 'السبب:',
  attempts: 'المحاولات: {{count}}',
  retry: 'أعد المحاولة',
  retrying: 'جارٍ إعادة المحاولة…',
  copy: 'انسخ النص',
  copied: 'نُسخ: أرسله بطريقة أخرى.',
  copyFailed: 'تعذّر نسخ النص؛ حدّده في الرسالة بدلًا من ذلك.',
} satisfies Catalog<typeof en>;
