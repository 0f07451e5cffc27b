import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Merging tickets: the merge dialog, the undo bar, a merged ticket's pointer (ru). */
export default {
  shortcut: 'Объединить открытый тикет с другим тикетом клиента',
  title: 'Объединить этот тикет с…',
  filter: 'Фильтр тикетов клиента',
  loading: 'Загрузка тикетов клиента…',
  none: 'У клиента нет другого тикета для объединения.',
  confirmTitle: 'Объединить тикеты?',
  confirmText:
    '«{{source}}» переходит в «{{target}}»: его сообщения попадают в ту переписку, он закрывается, а клиенту сообщают, где продолжается разговор. Отменить можно в течение 10 минут.',
  confirm: 'Объединить',
  cancel: 'Отмена',
  pointer: 'Объединён с #{{id}}',
  open: 'Открыть',
  undoBar: 'В этот тикет перенесено сообщений: {{count}}; отменить можно ещё {{left}}.',
  undo: 'Отменить объединение',
} satisfies Catalog<typeof en>;
