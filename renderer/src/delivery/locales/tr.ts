import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** A reply's delivery line on every channel (tr). */
export default {
  label: 'Teslimat',
  email: {
    queued: '{{to}} adresine gönderilmek üzere sırada',
    sent: '{{to}} adresine gönderildi',
    failed: '{{to}} adresine teslim edilemedi',
  },
  chat: {
    queued: 'Müşterinin sohbetinde gösterilmeyi bekliyor',
    sent: 'Müşteriye gösterildi',
    failed: 'Müşteriye gösterilmedi',
  },
  messaging: {
    queued: 'Kanal için sırada, alıcı: {{to}}',
    sent: 'Kanal tarafından kabul edildi, alıcı: {{to}}',
    failed: 'Teslim edilemedi: {{to}}',
  },
  reason: 'Neden:',
  attempts: 'Deneme: {{count}}',
  retry: 'Yeniden dene',
  retrying: 'Yeniden deneniyor…',
  copy: 'Metni kopyala',
  copied: 'Kopyalandı: başka bir yolla gönderin.',
  copyFailed: 'Metin kopyalanamadı; bunun yerine iletide seçin.',
} satisfies Catalog<typeof en>;
