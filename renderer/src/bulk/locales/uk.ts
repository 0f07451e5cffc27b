import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The inbox's selection and bulk bar (uk). */
export default {
  label: 'Масові дії з вибраними зверненнями',
  actions: 'Дії з вибором',
  selected: 'Вибрано: {{count}}',
  running: 'Виконується для вибору… ({{count}})',
  assignToMe: 'Призначити мені',
  tag: 'Теги…',
  snooze: 'Відкласти…',
  resolveWithMacro: 'Вирішити шаблоном…',
  clear: 'Скасувати вибір',
  rowSelected: 'Вибрано для масової дії',
  toggleShortcut: 'Вибрати рядок вхідних або скасувати вибір',
  selectAllShortcut: 'Вибрати всі показані рядки вхідних',
  clearShortcut: 'Скасувати вибір у вхідних',
  tagTitle: 'Теги вибраних звернень ({{count}})',
  snoozeTitle: 'Відкласти вибрані звернення ({{count}})',
  macroTitle: 'Вирішити вибрані звернення шаблоном ({{count}})',
  refused: 'Відхилено, кожне зі своєю причиною: {{count}}',
  done: {
    assign_to_me: 'Призначено вам: {{count}}',
    tag: 'Теги змінено: {{count}}',
    snooze: 'Відкладено: {{count}}',
    resolve_with_macro: 'Відповіли й вирішили: {{count}}',
  },
} satisfies Catalog<typeof en>;
