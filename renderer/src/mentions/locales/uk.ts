import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Mentions: the note editor's `@` completion, the Mentions view and its notices (uk). */
export default {
  tab: 'Згадки',
  title: 'Нотатки, де вас згадали',
  empty: 'Поки жодна нотатка не згадує вас.',
  unread: 'Не прочитано',
  by: '{{by}} написав(ла)',
  someone: 'Колега',
  open: 'Відкрити',
  loadFailed: 'Не вдалося прочитати ваші згадки: {{reason}}',
  goShortcut: 'До ваших згадок',
  typeShortcut: 'Згадати колегу в нотатці',
  editorHint: 'Введіть @, щоб згадати колегу в нотатці.',
  completion: {
    label: 'Кого згадати',
    offline: 'Офлайн: люди за останнім читанням із черги',
    none: 'Ніхто не відповідає «{{query}}»',
    loadFailed: 'Не вдалося отримати список людей: {{reason}}',
  },
  notice: {
    region: 'Згадки про вас',
    title: '{{by}} згадав(ла) вас',
    dismiss: 'Закрити',
  },
} satisfies Catalog<typeof en>;
