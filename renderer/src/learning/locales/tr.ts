import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'Yapay zekâ öğrenimi',
  title: 'Yapay zekânın biletlerinizden öğrendikleri',
  intro:
    'Ekibinizin tek bir amacı adlandıran yayımlanmış bir makaleyle çözdüğü biletler, yapay zekâya o amacı öğretir. Arka planda yeniden eğitilir ve yeni bir modeli yalnızca hiç eğitilmediği biletlerde daha kötü değilse tutar.',
  loading: 'Yükleniyor…',
  none: 'Henüz bir şey öğrenilmedi: yeterli bilet bir makaleyle çözüldüğünde yapay zekâ yeniden eğitilir.',
  inUse: 'Kullanılan model',
  fromTrainingData: 'Eğitim verisinden gelen model (biletlerinizden öğrenilen hiçbir şey kullanılmıyor).',
  trainedAt: 'Eğitildi: {{at}}',
  examples: '{{history}} çözülmüş biletten ({{base}} eğitim verisi örneği)',
  accuracy: 'Ayrılmış biletlerde amaç doğruluğu',
  containment: '≤ %0,8 hatayla yapay zekânın çözdükleri',
  intentsTitle: 'Öğrenilen amaçlar',
  intentColumn: 'Amaç',
  countColumn: 'Örnekler',
  historyTitle: 'Yeniden eğitimler',
  adopted: 'Benimsendi',
  notAdopted: 'Benimsenmedi',
  undo: 'Son yeniden eğitimi geri al',
  undoHint: 'Önceki modele döner; yapay zekâ bir dakika içinde izler.',
  undone: 'Geri alındı. Yapay zekâ önceki modele döner.',
  conflict: 'Bu arada yapay zekâ yeni bir eğitim kaydetti. Yeniden bakın, sonra geri alın.',
  failed: 'Geri alma kaydedilmedi: {{message}}',
} satisfies Catalog<typeof en>;
