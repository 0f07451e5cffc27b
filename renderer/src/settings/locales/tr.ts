import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'Yapay zekâ sağlayıcısı',
  intro:
    'OpenAI uyumlu bir uç nokta (OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp) talepleri sizin dilinize çevirir. Ayar yalnızca bu konsol için geçerlidir.',
  loading: 'Sağlayıcı ayarları yükleniyor…',
  unsupported: 'Bu konsol sunucusu yapay zekâ sağlayıcısını değiştiremez.',
  statusNone: 'Sağlayıcı ayarlanmadı: talepler çevrilmiyor.',
  statusSaved: 'Kullanımda: {{baseURL}} adresinde {{model}}.',
  statusStartup:
    'Başlangıç seçeneklerinden kullanımda: {{baseURL}} adresinde {{model}}. Burada kaydetmek, bir sonraki başlatmaya kadar onların yerini alır.',
  baseUrl: 'Temel URL',
  baseUrlHint: 'Örneğin {{openai}} ya da bu bilgisayardaki Ollama için {{ollama}}.',
  model: 'Model',
  embeddingsModel: 'Embedding modeli (isteğe bağlı)',
  embeddingsModelHint:
    'Bununla yapay zekâ, bir yanıtın ihtiyaç duyduğu makaleleri yalnızca kelimelerine göre değil anlamlarına göre de bulur; örneğin {{example}}. Sunucu embedding sunmuyorsa alanı boş bırakın.',
  timeout: 'İstek başına zaman aşımı (saniye)',
  apiKey: 'API anahtarı',
  keyStored:
    'Bir anahtar kayıtlı; hiçbir zaman gösterilmez. Değiştirmek için yenisini yazın ya da korumak için alanı boş bırakın.',
  keyNone: 'Kayıtlı anahtar yok. Ollama, vLLM veya llama.cpp gibi yerel sunucuların anahtara ihtiyacı yoktur.',
  keyStorageKeychain: 'Anahtar sistemin anahtar zincirinde saklanır.',
  keyStorageFile:
    'Tarayıcı modunda anahtar, konsolun veri klasöründe düz metin olarak saklanır ve yalnızca sizin kullanıcı hesabınız okuyabilir.',
  removeKey: 'Kayıtlı anahtarı kaldır',
  test: 'Bağlantıyı test et',
  testing: 'Test ediliyor…',
  save: 'Kaydet',
  saving: 'Kaydediliyor…',
  clear: 'Sağlayıcıyı kaldır',
  tested: 'Bağlantı çalışıyor: {{model}} {{ms}} ms içinde yanıt verdi.',
  saved: 'Kaydedildi. Talepler artık {{model}} ile çevriliyor.',
  cleared: 'Sağlayıcı kaldırıldı. Talepler artık çevrilmiyor.',
  errors: {
    baseURL:
      'Kullanıcı adı veya parola içermeyen bir http:// ya da https:// adresi girin, örneğin {{example}} (en fazla {{max}} karakter).',
    model: 'Model adını tek satırda girin (en fazla {{max}} karakter).',
    embeddingsModel: 'Embedding modelinin adını tek satırda girin (en fazla {{max}} karakter) veya alanı boş bırakın.',
    timeout: '{{min}} ile {{max}} arasında tam sayı olarak saniye girin.',
    apiKey: 'Anahtar yalnızca boşluksuz yazdırılabilir karakterler içerebilir (en fazla {{max}}).',
  },
  failures: {
    provider_unreachable: 'Sunucuya ulaşılamıyor.',
    provider_timeout: 'Sunucu zamanında yanıt vermedi.',
    provider_unauthorized: 'Sunucu API anahtarını reddetti.',
    provider_model_unknown: 'Sunucu bu modeli tanımıyor.',
    provider_not_found: 'Bu adreste OpenAI uyumlu bir API yanıt vermiyor.',
    provider_rate_limited: 'Sunucu beklemenizi istiyor ya da hesabın kotası bitti.',
    provider_refused: 'Sunucu isteği reddetti.',
    provider_server_error: 'Sunucuda bir hata oluştu.',
    provider_bad_answer: 'Sunucu yanıt verdi, ancak çevirilerin ihtiyaç duyduğu biçimde değil.',
    key_for_other_endpoint:
      'Kayıtlı anahtar başka bir sunucuya ait. Bu adres için anahtarı yeniden yazın ya da kayıtlı anahtarı kaldırın.',
    insecure_storage: 'Sistemin anahtar zinciri anahtarı güvenle saklayamıyor, bu yüzden hiçbir şey kaydedilmedi.',
    other: 'Ayarlar kaydedilemedi.',
  },
} satisfies Catalog<typeof en>;
