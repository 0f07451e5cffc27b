import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'Yapay zekâ sağlığı',
  title: 'Yapay zekâ sağlığı',
  intro:
    'Yapay zekânın kendi denetimlerinin bulduğu şeyler: açıklamasının dışında yanıt veren bir araç API’si, geçerli istem ve modelin toleransınıza göre gölge çalıştırmaları ve ayın model bütçesi.',
  refresh: 'Yenile',
  needsNetwork: 'Yapay zekâ sağlığı merkezi kuyrukta tutulur: konsol çevrimiçi olunca gösterilir.',
  badge: 'görülmemiş uyarılar: {{count}}',
  events: 'Olaylar, en yenisi önce',
  alertCount: 'Uyarılar: {{total}} olaydan {{count}}.',
  none: 'Henüz bildirilen bir şey yok.',
  alert: 'Uyarı',
  openTicket: 'Talep {{id}}',
  reported: 'Bir saat içinde {{count}} kez bildirildi',
  kind: {
    integration_drift: 'Entegrasyon sapması',
    shadow_run: 'Gölge çalıştırma',
    budget: 'Bütçe',
  },
  drift: {
    title: '{{api}} araç API’si şu işlemde açıklamasının dışında yanıt verdi',
    escalated: 'Talep bir kişiye gitti:',
  },
  shadow: {
    title: 'Çözülmüş {{sampled}} talep şununla yeniden karara bağlandı',
    agreement: 'Uyum {{value}} ({{tolerance}} altında uyarı)',
    refusals: 'Koruma retleri {{value}} ({{tolerance}} üstünde uyarı)',
    disagreements: 'Farklı karara bağlanan talepler',
    change: 'önce {{was}}, şimdi {{now}}',
    resolve: 'yapay zekâ çözdü',
    escalate: 'kişilere ({{queue}})',
  },
  budget: {
    warning: '{{month}} döneminde model harcaması {{budget}} bütçenin {{spent}} kadarına ulaştı.',
    exhausted: '{{month}} döneminde model harcaması {{spent}} oldu: {{budget}} bütçe tükendi.',
  },
  spend: {
    title: '{{month}} model harcaması',
    ofBudget: '{{budget}} bütçenin {{spent}} kadarı ({{share}}).',
    noBudget: '{{spent}}; yönlendirme politikası bütçe belirlemiyor.',
    warning: 'Uyarı düzeyine ulaşıldı.',
    exhausted: 'Bütçe tükendi.',
    byRoute: 'Yola göre',
    route: 'Yol',
    decisions: 'Kararlar',
    tokens: 'Belirteçler',
    cost: 'Maliyet',
  },
} satisfies Catalog<typeof en>;
