import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'Состояние ИИ',
  title: 'Состояние ИИ',
  intro:
    'Что нашли собственные проверки ИИ: API инструмента, ответивший вне своего описания, теневые прогоны текущего промпта и модели относительно вашего допуска и месячный бюджет модели.',
  refresh: 'Обновить',
  needsNetwork: 'Состояние ИИ хранится в центральной очереди: оно появится, когда консоль будет в сети.',
  badge: 'непросмотренных тревог: {{count}}',
  events: 'События, сначала новые',
  alertCount: 'Тревог: {{count}} из {{total}} событий.',
  none: 'Пока ничего не сообщено.',
  alert: 'Тревога',
  openTicket: 'Тикет {{id}}',
  reported: 'Сообщено за час: {{count}}',
  kind: {
    integration_drift: 'Расхождение интеграции',
    shadow_run: 'Теневой прогон',
    budget: 'Бюджет',
  },
  drift: {
    title: 'API инструмента {{api}} ответил вне своего описания в операции',
    escalated: 'Тикет передан человеку:',
  },
  shadow: {
    title: 'Заново решено решённых тикетов: {{sampled}}, с помощью',
    agreement: 'Согласие {{value}} (тревога ниже {{tolerance}})',
    refusals: 'Отказы защит {{value}} (тревога выше {{tolerance}})',
    disagreements: 'Тикеты, решённые иначе',
    change: 'было: {{was}}, стало: {{now}}',
    resolve: 'решён ИИ',
    escalate: 'людям ({{queue}})',
  },
  budget: {
    warning: 'В {{month}} расходы на модель достигли {{spent}} из бюджета {{budget}}.',
    exhausted: 'В {{month}} расходы на модель достигли {{spent}}: бюджет {{budget}} исчерпан.',
  },
  spend: {
    title: 'Расходы на модель в {{month}}',
    ofBudget: '{{spent}} из бюджета {{budget}} ({{share}}).',
    noBudget: '{{spent}}; политика маршрутизации не задаёт бюджет.',
    warning: 'Достигнут уровень предупреждения.',
    exhausted: 'Бюджет исчерпан.',
    byRoute: 'По путям',
    route: 'Путь',
    decisions: 'Решения',
    tokens: 'Токены',
    cost: 'Стоимость',
  },
} satisfies Catalog<typeof en>;
