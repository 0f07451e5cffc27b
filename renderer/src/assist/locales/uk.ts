import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The AI's help on a ticket and the two-way reply translation, Ukrainian. */
export default {
  title: 'Допомога ШІ',
  shortcut: 'Перейти до допомоги ШІ',
  route: {
    builtin: 'Вбудований рушій',
    model: 'Модель',
    person: 'Людина',
  },
  routeLabel: 'Маршрут',
  modelLabel: 'Модель',
  promptLabel: 'Промпт',
  costLabel: 'Вартість',
  latencyLabel: 'Час',
  noCost: 'немає',
  belowCent: 'менше {{amount}}',
  citations: 'Джерела чернетки',
  citation: '[{{n}}] {{title}}',
  suggestedMacros: 'Запропоновані макроси',
  insertMacro: 'Вставити {{name}}',
  suggestedArticles: 'Запропоновані статті',
  open: 'Відкрити {{title}}',
  article: {
    cited: 'Цитований фрагмент',
    insert: 'Вставити у відповідь',
    close: 'Закрити',
    missing: 'Цієї статті немає в копії налаштувань цієї консолі.',
  },
  reply: {
    translate: 'Перекласти мовою: {{language}}',
    translating: 'Переклад…',
    shortcut: 'Перекласти мою відповідь мовою клієнта',
    translated: '{{language}}: це буде надіслано',
    back: 'Назад мовою: {{language}}, для перевірки',
    use: 'Використати цей переклад',
    stale: 'Відповідь змінилася після перекладу; перекладіть її ще раз.',
    failed: 'Не вдалося перекласти відповідь, нічого не надіслано: {{message}}',
  },
} satisfies Catalog<typeof en>;
