import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Merging tickets: the merge dialog, the undo bar, a merged ticket's pointer (uk). */
export default {
  shortcut: 'Об’єднати відкритий тікет з іншим тікетом клієнта',
  title: 'Об’єднати цей тікет з…',
  filter: 'Фільтр тікетів клієнта',
  loading: 'Завантаження тікетів клієнта…',
  none: 'У клієнта немає іншого тікета для об’єднання.',
  confirmTitle: 'Об’єднати тікети?',
  confirmText:
    '«{{source}}» переходить до «{{target}}»: його повідомлення потрапляють у те листування, його закрито, а клієнту повідомляють, де триває розмова. Скасувати можна протягом 10 хвилин.',
  confirm: 'Об’єднати',
  cancel: 'Скасувати',
  pointer: 'Об’єднано з #{{id}}',
  open: 'Відкрити',
  undoBar: 'До цього тікета перенесено повідомлень: {{count}}; скасувати можна ще {{left}}.',
  undo: 'Скасувати об’єднання',
} satisfies Catalog<typeof en>;
