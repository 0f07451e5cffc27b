import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The inbox's selection and bulk bar (ru). */
export default {
  label: 'Массовые действия с выбранными обращениями',
  actions: 'Действия с выбором',
  selected: 'Выбрано: {{count}}',
  running: 'Выполняется для выбора… ({{count}})',
  assignToMe: 'Назначить мне',
  tag: 'Теги…',
  snooze: 'Отложить…',
  resolveWithMacro: 'Решить шаблоном…',
  clear: 'Снять выбор',
  rowSelected: 'Выбрано для массового действия',
  toggleShortcut: 'Выбрать строку входящих или снять выбор',
  selectAllShortcut: 'Выбрать все показанные строки входящих',
  clearShortcut: 'Снять выбор во входящих',
  tagTitle: 'Теги выбранных обращений ({{count}})',
  snoozeTitle: 'Отложить выбранные обращения ({{count}})',
  macroTitle: 'Решить выбранные обращения шаблоном ({{count}})',
  refused: 'Отклонено, у каждого своя причина: {{count}}',
  done: {
    assign_to_me: 'Назначено вам: {{count}}',
    tag: 'Теги изменены: {{count}}',
    snooze: 'Отложено: {{count}}',
    resolve_with_macro: 'Отвечено и решено: {{count}}',
  },
} satisfies Catalog<typeof en>;
