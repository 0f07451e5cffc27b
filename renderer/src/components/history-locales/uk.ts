import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'Історія',
  show: 'Показати історію',
  hide: 'Сховати історію',
  loading: 'Завантаження історії…',
  empty: 'Поки нічого не записано.',
  fromCache: 'Немає мережі: історія, отримана {{time}}.',
  refused: 'відхилено',
  claimedName: '(консоль указала ім’я «{{name}}»)',
  retry: 'Спробувати ще',
  action: {
    ticket_intake: 'Звернення отримано',
    ai_decision: 'Рішення ШІ',
    agent_reply: 'Надано відповідь',
    send_and_resolve: 'Надано відповідь, звернення вирішено',
    note: 'Внутрішня нотатка',
    reassign: 'Передано в іншу чергу',
    review: 'Перевірено',
    reopen: 'Відкрито знову',
    assign: 'Взято в роботу',
    snooze: 'Відкладено',
    handback: 'Повернуто ШІ',
    mark_spam: 'Позначено як спам',
    tag: 'Теги змінено',
    customer_reply: 'Клієнт написав',
    customer_rating: 'Клієнт оцінив',
    ticket_imported: 'Імпортовано',
    ticket_import_updated: 'Оновлено імпортом',
  },
} satisfies Catalog<typeof en>;
