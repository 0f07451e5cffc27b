import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The customer panel's earlier tickets (uk). */
export default {
  title: 'Звернення клієнта',
  search: 'Пошук у зверненнях клієнта',
  tooLong: 'Для пошуку використовуйте не більше {{max}} символів.',
  count: 'Звернень: {{count}}',
  matches: 'Звернень із цими словами: {{count}}',
  newestOf: 'Показано останні {{shown}} із {{total}}.',
  none: 'У цій консолі ще немає звернень цього клієнта.',
  noMatch: 'Жодне звернення цього клієнта не містить цих слів.',
  openNow: 'Відкрито зараз',
  csat: 'Оцінка {{score}} з 5',
  unrated: 'Без оцінки',
  created: 'Створено {{date}}',
  mergedInto: 'Об’єднано з {{id}}',
  showMore: 'Показати старіші звернення',
  loading: 'Читання звернень клієнта…',
  loadFailed: 'Не вдалося прочитати звернення клієнта: {{reason}}',
  shortcut: 'Пошук у зверненнях клієнта',
} satisfies Catalog<typeof en>;
