import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Merging tickets: the merge dialog, the undo bar, a merged ticket's pointer (tr). */
export default {
  shortcut: 'Açık talebi müşterinin başka bir talebiyle birleştir',
  title: 'Bu talebi şununla birleştir…',
  filter: 'Müşterinin taleplerini filtrele',
  loading: 'Müşterinin talepleri yükleniyor…',
  none: 'Müşterinin birleştirilecek başka talebi yok.',
  confirmTitle: 'Talepler birleştirilsin mi?',
  confirmText:
    '“{{source}}”, “{{target}}” içine taşınır: mesajları o yazışmaya katılır, çözüldü olarak kapanır ve müşteriye konuşmanın nerede sürdüğü bildirilir. 10 dakika boyunca geri alabilirsiniz.',
  confirm: 'Birleştir',
  cancel: 'Vazgeç',
  pointer: '#{{id}} ile birleştirildi',
  open: 'Aç',
  undoBar: 'Bu talebe {{count}} mesaj birleştirildi; {{left}} daha geri alınabilir.',
  undo: 'Geri al',
} satisfies Catalog<typeof en>;
