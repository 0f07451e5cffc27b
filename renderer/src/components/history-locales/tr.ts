import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'Geçmiş',
  show: 'Geçmişi göster',
  hide: 'Geçmişi gizle',
  loading: 'Geçmiş yükleniyor…',
  empty: 'Henüz kayıt yok.',
  fromCache: 'Çevrimdışı: {{time}} alınan geçmiş.',
  refused: 'reddedildi',
  claimedName: '(konsolun bildirdiği ad: “{{name}}”)',
  retry: 'Tekrar dene',
  action: {
    ticket_intake: 'Talep alındı',
    ai_decision: 'Yapay zekâ kararı',
    agent_reply: 'Yanıtlandı',
    send_and_resolve: 'Yanıtlandı ve çözüldü',
    note: 'İç not',
    reassign: 'Başka kuyruğa atandı',
    review: 'İncelendi',
    reopen: 'Yeniden açıldı',
    assign: 'Üstlenildi',
    snooze: 'Ertelendi',
    handback: 'Yapay zekâya geri verildi',
    mark_spam: 'Spam olarak işaretlendi',
    tag: 'Etiketler değiştirildi',
    customer_reply: 'Müşteri yazdı',
    customer_rating: 'Müşteri puan verdi',
    ticket_imported: 'İçe aktarıldı',
    ticket_import_updated: 'İçe aktarmayla güncellendi',
  },
} satisfies Catalog<typeof en>;
