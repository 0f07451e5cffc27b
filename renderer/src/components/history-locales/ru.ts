import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'История',
  show: 'Показать историю',
  hide: 'Скрыть историю',
  loading: 'Загрузка истории…',
  empty: 'Пока ничего не записано.',
  fromCache: 'Нет сети: история, полученная {{time}}.',
  refused: 'отклонено',
  claimedName: '(консоль указала имя «{{name}}»)',
  retry: 'Повторить',
  action: {
    ticket_intake: 'Обращение получено',
    ai_decision: 'Решение ИИ',
    agent_reply: 'Дан ответ',
    send_and_resolve: 'Дан ответ, обращение решено',
    note: 'Внутренняя заметка',
    reassign: 'Передано в другую очередь',
    review: 'Проверено',
    reopen: 'Открыто снова',
    assign: 'Взято в работу',
    snooze: 'Отложено',
    handback: 'Возвращено ИИ',
    mark_spam: 'Помечено как спам',
    tag: 'Теги изменены',
    customer_reply: 'Клиент написал',
    customer_rating: 'Клиент оценил',
    ticket_imported: 'Импортировано',
    ticket_import_updated: 'Обновлено импортом',
  },
} satisfies Catalog<typeof en>;
