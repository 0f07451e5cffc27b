import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'Стан ШІ',
  title: 'Стан ШІ',
  intro:
    'Що знайшли власні перевірки ШІ: API інструмента, що відповів поза своїм описом, тіньові прогони поточного промпту й моделі відносно вашого допуску та місячний бюджет моделі.',
  refresh: 'Оновити',
  needsNetwork: 'Стан ШІ зберігається в центральній черзі: він з’явиться, коли консоль буде в мережі.',
  badge: 'непереглянутих тривог: {{count}}',
  events: 'Події, спершу нові',
  alertCount: 'Тривог: {{count}} із {{total}} подій.',
  none: 'Поки нічого не повідомлено.',
  alert: 'Тривога',
  openTicket: 'Тікет {{id}}',
  reported: 'Повідомлено за годину: {{count}}',
  kind: {
    integration_drift: 'Розбіжність інтеграції',
    shadow_run: 'Тіньовий прогін',
    budget: 'Бюджет',
  },
  drift: {
    title: 'API інструмента {{api}} відповів поза своїм описом в операції',
    escalated: 'Тікет передано людині:',
  },
  shadow: {
    title: 'Заново вирішено розв’язаних тікетів: {{sampled}}, за допомогою',
    agreement: 'Узгодженість {{value}} (тривога нижче {{tolerance}})',
    refusals: 'Відмови захистів {{value}} (тривога вище {{tolerance}})',
    disagreements: 'Тікети, вирішені інакше',
    change: 'було: {{was}}, стало: {{now}}',
    resolve: 'розв’язано ШІ',
    escalate: 'людям ({{queue}})',
  },
  budget: {
    warning: 'У {{month}} витрати на модель досягли {{spent}} із бюджету {{budget}}.',
    exhausted: 'У {{month}} витрати на модель досягли {{spent}}: бюджет {{budget}} вичерпано.',
  },
  spend: {
    title: 'Витрати на модель у {{month}}',
    ofBudget: '{{spent}} із бюджету {{budget}} ({{share}}).',
    noBudget: '{{spent}}; політика маршрутизації не задає бюджету.',
    warning: 'Досягнуто рівня попередження.',
    exhausted: 'Бюджет вичерпано.',
    byRoute: 'За шляхами',
    route: 'Шлях',
    decisions: 'Рішення',
    tokens: 'Токени',
    cost: 'Вартість',
  },
} satisfies Catalog<typeof en>;
