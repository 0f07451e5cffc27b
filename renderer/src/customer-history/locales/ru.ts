import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The customer panel's earlier tickets (ru). */
export default {
  title: 'Обращения клиента',
  search: 'Поиск по обращениям клиента',
  tooLong: 'Для поиска используйте не более {{max}} символов.',
  count: 'Обращений: {{count}}',
  matches: 'Обращений с этими словами: {{count}}',
  newestOf: 'Показаны последние {{shown}} из {{total}}.',
  none: 'В этой консоли пока нет обращений этого клиента.',
  noMatch: 'Ни в одном обращении этого клиента нет этих слов.',
  openNow: 'Открыто сейчас',
  csat: 'Оценка {{score}} из 5',
  unrated: 'Без оценки',
  created: 'Создано {{date}}',
  mergedInto: 'Объединено с {{id}}',
  showMore: 'Показать более старые обращения',
  loading: 'Чтение обращений клиента…',
  loadFailed: 'Не удалось прочитать обращения клиента: {{reason}}',
  shortcut: 'Поиск по обращениям клиента',
} satisfies Catalog<typeof en>;
