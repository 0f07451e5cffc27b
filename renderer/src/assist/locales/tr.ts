import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The AI's help on a ticket and the two-way reply translation, Turkish. */
export default {
  title: 'Yapay zekâ yardımı',
  shortcut: 'Yapay zekâ yardımına git',
  route: {
    builtin: 'Yerleşik motor',
    model: 'Model',
    person: 'Kişi',
  },
  routeLabel: 'Yol',
  modelLabel: 'Model',
  promptLabel: 'İstem',
  costLabel: 'Maliyet',
  latencyLabel: 'Süre',
  noCost: 'yok',
  belowCent: '{{amount}} altında',
  citations: 'Taslağın kaynakları',
  citation: '[{{n}}] {{title}}',
  suggestedMacros: 'Önerilen makrolar',
  insertMacro: '{{name}} ekle',
  suggestedArticles: 'Önerilen makaleler',
  open: '{{title}} aç',
  article: {
    cited: 'Alıntılanan bölüm',
    insert: 'Yanıta ekle',
    close: 'Kapat',
    missing: 'Bu makale bu konsolun ayarlar kopyasında yok.',
  },
  reply: {
    translate: 'Çevir: {{language}}',
    translating: 'Çevriliyor…',
    shortcut: 'Yanıtımı müşterinin diline çevir',
    translated: '{{language}}: gönderilecek metin',
    back: 'Kontrol için geri çeviri ({{language}})',
    use: 'Bu çeviriyi kullan',
    stale: 'Yanıt çevrildikten sonra değişti; yeniden çevirin.',
    failed: 'Yanıt çevrilemedi, hiçbir şey gönderilmedi: {{message}}',
  },
} satisfies Catalog<typeof en>;
