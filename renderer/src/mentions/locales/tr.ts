import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Mentions: the note editor's `@` completion, the Mentions view and its notices (tr). */
export default {
  tab: 'Bahsedilmeler',
  title: 'Sizden bahseden notlar',
  empty: 'Henüz hiçbir not sizden bahsetmiyor.',
  unread: 'Okunmadı',
  by: '{{by}} yazdı',
  someone: 'Bir iş arkadaşı',
  open: 'Aç',
  loadFailed: 'Bahsedilmeleriniz okunamadı: {{reason}}',
  goShortcut: 'Bahsedilmelerinize git',
  typeShortcut: 'Bir notta iş arkadaşınızdan bahsedin',
  editorHint: 'Bir notta iş arkadaşınızdan bahsetmek için @ yazın.',
  completion: {
    label: 'Bahsedilecek kişiler',
    offline: 'Çevrimdışı: kuyruktan en son okunan kişiler',
    none: '“{{query}}” ile eşleşen kimse yok',
    loadFailed: 'Kişiler listelenemedi: {{reason}}',
  },
  notice: {
    region: 'Sizden bahsedilenler',
    title: '{{by}} sizden bahsetti',
    dismiss: 'Kapat',
  },
} satisfies Catalog<typeof en>;
