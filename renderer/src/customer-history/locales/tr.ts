import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The customer panel's earlier tickets (tr). */
export default {
  title: 'Müşterinin talepleri',
  search: 'Müşterinin taleplerinde ara',
  tooLong: 'Aramak için en fazla {{max}} karakter kullanın.',
  count: 'Talepler: {{count}}',
  matches: 'Bu kelimeleri içeren talepler: {{count}}',
  newestOf: '{{total}} talepten en yeni {{shown}} tanesi gösteriliyor.',
  none: 'Bu konsolda henüz bu müşterinin talebi yok.',
  noMatch: 'Bu müşterinin hiçbir talebi bu kelimeleri içermiyor.',
  openNow: 'Şu anda açık',
  csat: '5 üzerinden {{score}} puan',
  unrated: 'Puanlanmadı',
  created: 'Oluşturulma: {{date}}',
  mergedInto: '{{id}} ile birleştirildi',
  showMore: 'Daha eski talepleri göster',
  loading: 'Müşterinin talepleri okunuyor…',
  loadFailed: 'Müşterinin talepleri okunamadı: {{reason}}',
  shortcut: 'Müşterinin taleplerinde ara',
} satisfies Catalog<typeof en>;
