import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The inbox's selection and bulk bar (tr). */
export default {
  label: 'Seçili taleplerde toplu işlemler',
  actions: 'Seçim üzerindeki işlemler',
  selected: 'Seçili: {{count}}',
  running: 'Seçime uygulanıyor… ({{count}})',
  assignToMe: 'Bana ata',
  tag: 'Etiketle…',
  snooze: 'Ertele…',
  resolveWithMacro: 'Makroyla çöz…',
  clear: 'Seçimi temizle',
  rowSelected: 'Toplu işlem için seçildi',
  toggleShortcut: 'Gelen kutusu satırını seç veya seçimi kaldır',
  selectAllShortcut: 'Gösterilen tüm gelen kutusu satırlarını seç',
  clearShortcut: 'Gelen kutusu seçimini temizle',
  tagTitle: 'Seçili taleplerin etiketleri ({{count}})',
  snoozeTitle: 'Seçili talepleri ertele ({{count}})',
  macroTitle: 'Seçili talepleri bir makroyla çöz ({{count}})',
  refused: 'Reddedildi, her biri gerekçesiyle: {{count}}',
  done: {
    assign_to_me: 'Size atandı: {{count}}',
    tag: 'Etiketleri değişti: {{count}}',
    snooze: 'Ertelendi: {{count}}',
    resolve_with_macro: 'Yanıtlandı ve çözüldü: {{count}}',
  },
} satisfies Catalog<typeof en>;
