import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Tags on tickets: chips, the tag picker, the inbox's tag filter (ar). */
export default {
  title: 'الوسوم',
  noneOnTicket: 'لا وسوم',
  edit: 'تعديل الوسوم',
  shortcut: 'تعديل وسوم التذكرة المفتوحة',
  filter: 'تصفية الوسوم',
  filterLabel: 'وسم',
  pickerTitle: 'وسوم هذه التذكرة',
  pickerHint: 'يضيف Enter الوسم أو يزيله؛ ويغلق Esc.',
  none: 'لا وسوم لدى المؤسسة بعد: يضيفها المسؤول من الإعدادات.',
  noMatch: 'لا وسم مطابق.',
  presence: {
    all: 'مضاف',
    some: 'على بعضها',
    none: 'غير مضاف',
  },
} satisfies Catalog<typeof en>;
