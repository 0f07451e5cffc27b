import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Tags on tickets: chips, the tag picker, the inbox's tag filter (tr). */
export default {
  title: 'Etiketler',
  noneOnTicket: 'Etiket yok',
  edit: 'Etiketleri düzenle',
  shortcut: 'Açık talebin etiketlerini düzenle',
  filter: 'Etiketleri filtrele',
  filterLabel: 'Etiket',
  pickerTitle: 'Bu talebin etiketleri',
  pickerHint: 'Enter etiketi ekler veya kaldırır; Esc kapatır.',
  none: 'Kuruluşun henüz etiketi yok: bir yönetici bunları ayarlardan ekler.',
  noMatch: 'Eşleşen etiket yok.',
  presence: {
    all: 'Ekli',
    some: 'Bazılarında',
    none: 'Ekli değil',
  },
} satisfies Catalog<typeof en>;
