import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The tenant settings workspace's texts (tr). */
export default {
  nav: 'Kiracı ayarları',
  title: 'Kiracı ayarları',
  sectionsLabel: 'Ayar bölümleri',
  loading: 'Kiracının ayarları yükleniyor…',
  offline:
    'Çevrimdışı: bu konsoldaki ayarların kopyasını okuyorsunuz. Merkezi kuyruğa ulaşılınca yeniden kaydedebilirsiniz.',
  offlineSince:
    'Çevrimdışı: bu konsoldaki {{at}} tarihli ayar kopyasını okuyorsunuz. Merkezi kuyruğa ulaşılınca yeniden kaydedebilirsiniz.',
  shortcuts: 'Alt+N yeni · Ctrl+S kaydet · Esc listeye dön · ↑ ↓ listede gezin',
  kinds: {
    queue: {
      title: 'Kuyruklar',
      new: 'Yeni kuyruk',
      empty: 'Henüz kuyruk yok.',
    },
    sla_policy: {
      title: 'SLA politikaları',
      new: 'Yeni SLA politikası',
      empty: 'Henüz SLA politikası yok.',
    },
    tag: {
      title: 'Etiketler',
      new: 'Yeni etiket',
      empty: 'Henüz etiket yok.',
    },
    macro: {
      title: 'Makrolar',
      new: 'Yeni makro',
      empty: 'Henüz makro yok.',
    },
    channel: {
      title: 'Kanallar',
      new: 'Yeni kanal',
      empty: 'Henüz kanal yok.',
    },
    widget: { title: 'Sohbet widget’ları', new: 'Yeni sohbet widget’ı', empty: 'Henüz sohbet widget’ı yok.' },
    webhook: { title: 'Webhook’lar', new: 'Yeni webhook', empty: 'Henüz webhook yok.' },
  },
  form: {
    id: 'Kimlik',
    idHint: 'Harf, rakam, _ . veya -; bir harf ya da rakamla başlar. Sonradan değiştirilemez.',
    idTaken: 'Başka bir öğe zaten {{id}} kimliğine sahip.',
    name: 'Ad',
    description: 'Açıklama',
    save: 'Kaydet',
    delete: 'Sil',
    keep: 'Kalsın',
    close: 'Listeye dön',
    editing: '{{id}} düzenle',
    version: 'Sürüm {{version}}, {{by}} tarafından {{at}} tarihinde kaydedildi',
    saved: 'Sürüm {{version}} olarak kaydedildi. Kiracının her konsolu bir sonraki eşitlemede alır.',
    deleted: '{{id}} silindi.',
    confirmDelete: '{{id}} silinsin mi? Konsollar bir sonraki eşitlemeden sonra bunu sunmaz.',
    pick: 'Listeden bir öğe seçin ya da yenisini başlatın.',
    pickReadOnly: 'Okumak için listeden bir öğe seçin.',
  },
  conflict: {
    saved:
      'Siz düzenlerken {{by}}, {{at}} tarihinde bu öğenin {{version}}. sürümünü kaydetti. Düzenlemeleriniz hâlâ burada.',
    deleted: 'Siz düzenlerken {{by}}, {{at}} tarihinde bu öğeyi sildi. Düzenlemeleriniz hâlâ burada.',
    missing: 'Bu öğe merkezi kuyrukta kayıtlı değil (artık). Düzenlemeleriniz hâlâ burada.',
    loadTheirs: 'Onların sürümünü yükle',
    drop: 'Düzenlemelerimi at',
    overwrite: 'Benimkini üzerine kaydet',
    deleteAnyway: 'Yine de sil',
  },
  inUse: {
    sentence: '{{queue}} kuyruğu kullanımdayken silinemez: {{uses}}. Bunları başka bir kuyruğa atayın veya önce silin.',
    rules_one: '{{count}} eskalasyon kuralı ({{names}})',
    rules_other: '{{count}} eskalasyon kuralı ({{names}})',
    slaPolicy: 'SLA politikası',
    channels_one: '{{count}} kanal ({{names}})',
    channels_other: '{{count}} kanal ({{names}})',
    quoted: '“{{name}}”',
  },
  tag: {
    color: 'Renk',
    colorHint: '#rrggbb olarak yazılır; renk istemiyorsanız boş bırakın.',
    pick: 'Renk seç',
    aiIntents: 'Yapay zekâ şu amaçlarda ekler',
    aiIntentsHint:
      'Virgülle ayrılmış amaç adları, örneğin card_arrival: yapay zekâ bunlardan birine sınıflandırdığı talebi etiketler. Bu etiketi yalnızca kişiler ekliyorsa boş bırakın.',
  },
  sla: {
    queue: 'Kuyruk',
    chooseQueue: 'Politikası olmayan bir kuyruk seçin',
    timeZone: 'Saat dilimi',
    timeZoneHint: 'Europe/Istanbul veya Asia/Tokyo gibi bir IANA adı.',
    hours: 'Çalışma saatleri',
    hoursHint: 'Gün başına açık aralıklar, örneğin 09:00-12:00, 13:00-17:00. Kapalı günü boş bırakın.',
    span: 'Aralık {{number}}',
    holidays: 'Tatiller',
    holidaysHint: 'Her satıra bir tarih, YYYY-AA-GG biçiminde.',
    holiday: 'Tatil {{number}} ({{date}})',
    targets: 'Müşteri düzeyine göre hedefler',
    targetsHint: 'İş dakikası olarak: 60, çalışma saatlerinden bir saattir.',
    firstReplyMinutes: 'İlk yanıt süresi (dakika)',
    resolutionMinutes: 'Çözüm süresi (dakika)',
  },
  macro: {
    text: 'Metin',
    variables: 'Değişkenler',
    variablesHint: 'İmlecin olduğu yere ekle:',
    insert: '{{variable}} ekle',
    preview: 'Önizleme',
    previewHint: 'Örnek bir talep için doldurulmuş hâli.',
    sample: {
      customerName: 'Ayşe Yılmaz',
      market: 'Türkiye',
      subject: '1042 numaralı siparişin iadesi',
      queue: 'Faturalama',
      agentName: 'Aleks Demir',
    },
  },
  rule: {
    queueIdFormat:
      'Kuyruk kimliği 1–63 küçük harf (a–z), rakam, - veya _ içerir ve bir harf ya da rakamla başlar. Sonradan değiştirilemez.',
    id: 'Kimlik 1–100 harf (a–z, A–Z), rakam, _ . veya - içerir ve bir harf ya da rakamla başlar.',
    queueId: 'Kiracının henüz politikası olmayan bir kuyruğunu seçin.',
    name: 'En fazla 200 karakterlik bir ad verin (etiketlerde 100).',
    description: 'Açıklama en fazla 1.000 karakterdir.',
    color: 'Rengi # ve altı onaltılık rakamla yazın (örneğin #1f5fbf) ya da boş bırakın.',
    aiIntents:
      'Harf, rakam, _ . ? ve - içeren amaç adları (her biri en çok 100 karakter), virgülle ayrılmış; en çok 50.',
    text: 'En fazla 20.000 karakterlik bir metin yazın.',
    timeZone: 'Bilinmeyen saat dilimi: Europe/Istanbul veya Asia/Tokyo gibi bir IANA adı kullanın.',
    week: 'Haftada en az bir aralık açın.',
    spans:
      'Her aralığı 00:00 ile 24:00 arasında SS:DD-SS:DD olarak, kapanış açılıştan sonra, sırayla ve çakışmadan yazın (günde en fazla 6). Gece vardiyası iki aralıktır: 22:00-24:00 ve ertesi gün 00:00-06:00.',
    holidays:
      'Her tatili bir kez, gerçek bir tarih olarak YYYY-AA-GG biçiminde yazın (1900–9999 yılları); en fazla 500.',
    tier: 'Her müşteri düzeyinin bir ilk yanıt ve bir çözüm hedefi olmalı.',
    target:
      '1 ile 525.600 arasında tam sayı iş dakikası. Çözüm hedefi ilk yanıt hedefinden kısa olamaz ve çalışma saatleri ona ulaşmaya yetmelidir.',
  },
} satisfies Catalog<typeof en>;
