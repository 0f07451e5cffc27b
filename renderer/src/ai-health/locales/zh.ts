import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'AI 健康',
  title: 'AI 健康',
  intro: 'AI 自身检查发现的问题：超出其描述作答的工具 API、当前提示词和模型对照您容差的影子运行，以及本月的模型预算。',
  refresh: '刷新',
  needsNetwork: 'AI 健康信息保存在中央队列：控制台联网后显示。',
  badge: '未查看的告警：{{count}}',
  events: '事件（最新在前）',
  alertCount: '告警：{{total}} 个事件中的 {{count}} 个。',
  none: '尚无报告。',
  alert: '告警',
  openTicket: '工单 {{id}}',
  reported: '一小时内报告 {{count}} 次',
  kind: {
    integration_drift: '集成偏差',
    shadow_run: '影子运行',
    budget: '预算',
  },
  drift: {
    title: '工具 API {{api}} 在以下操作中超出其描述作答',
    escalated: '该工单已转给人工：',
  },
  shadow: {
    title: '用以下配置重新判定了 {{sampled}} 张已解决工单',
    agreement: '一致率 {{value}}（低于 {{tolerance}} 时告警）',
    refusals: '防护拒绝 {{value}}（高于 {{tolerance}} 时告警）',
    disagreements: '判定不同的工单',
    change: '原为 {{was}}，现为 {{now}}',
    resolve: '由 AI 解决',
    escalate: '交给人工（{{queue}}）',
  },
  budget: {
    warning: '{{month}} 的模型支出达到预算 {{budget}} 中的 {{spent}}。',
    exhausted: '{{month}} 的模型支出达到 {{spent}}：预算 {{budget}} 已用完。',
  },
  spend: {
    title: '{{month}} 的模型支出',
    ofBudget: '预算 {{budget}} 中的 {{spent}}（{{share}}）。',
    noBudget: '{{spent}}；路由策略未设预算。',
    warning: '已达到提醒水平。',
    exhausted: '预算已用完。',
    byRoute: '按路径',
    route: '路径',
    decisions: '判定',
    tokens: '令牌',
    cost: '费用',
  },
} satisfies Catalog<typeof en>;
