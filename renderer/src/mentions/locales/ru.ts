import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Mentions: the note editor's `@` completion, the Mentions view and its notices (ru). */
export default {
  tab: 'Упоминания',
  title: 'Заметки, где вас упомянули',
  empty: 'Пока ни одна заметка не упоминает вас.',
  unread: 'Не прочитано',
  by: '{{by}} написал(а)',
  someone: 'Коллега',
  open: 'Открыть',
  loadFailed: 'Не удалось прочитать ваши упоминания: {{reason}}',
  goShortcut: 'К вашим упоминаниям',
  typeShortcut: 'Упомянуть коллегу в заметке',
  editorHint: 'Введите @, чтобы упомянуть коллегу в заметке.',
  completion: {
    label: 'Кого упомянуть',
    offline: 'Офлайн: люди по последнему чтению из очереди',
    none: 'Никто не подходит под «{{query}}»',
    loadFailed: 'Не удалось получить список людей: {{reason}}',
  },
  notice: {
    region: 'Упоминания вас',
    title: '{{by}} упомянул(а) вас',
    dismiss: 'Закрыть',
  },
} satisfies Catalog<typeof en>;
