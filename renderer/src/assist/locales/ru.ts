import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The AI's help on a ticket and the two-way reply translation, Russian. */
export default {
  title: 'Помощь ИИ',
  shortcut: 'Перейти к помощи ИИ',
  route: {
    builtin: 'Встроенный движок',
    model: 'Модель',
    person: 'Человек',
  },
  routeLabel: 'Маршрут',
  modelLabel: 'Модель',
  promptLabel: 'Промпт',
  costLabel: 'Стоимость',
  latencyLabel: 'Время',
  noCost: 'нет',
  belowCent: 'меньше {{amount}}',
  citations: 'Источники черновика',
  citation: '[{{n}}] {{title}}',
  suggestedMacros: 'Предложенные макросы',
  insertMacro: 'Вставить {{name}}',
  suggestedArticles: 'Предложенные статьи',
  open: 'Открыть {{title}}',
  article: {
    cited: 'Цитируемый фрагмент',
    insert: 'Вставить в ответ',
    close: 'Закрыть',
    missing: 'Этой статьи нет в копии настроек этой консоли.',
  },
  reply: {
    translate: 'Перевести на язык: {{language}}',
    translating: 'Перевод…',
    shortcut: 'Перевести мой ответ на язык клиента',
    translated: '{{language}}: это будет отправлено',
    back: 'Обратно на язык: {{language}}, для проверки',
    use: 'Использовать этот перевод',
    stale: 'Ответ изменился после перевода; переведите его ещё раз.',
    failed: 'Не удалось перевести ответ, ничего не отправлено: {{message}}',
  },
} satisfies Catalog<typeof en>;
