import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'Saúde da IA',
  title: 'Saúde da IA',
  intro:
    'O que as verificações da própria IA encontraram: uma API de ferramenta que respondeu fora da sua descrição, execuções sombra do prompt e do modelo atuais comparadas à sua tolerância, e o orçamento mensal do modelo.',
  refresh: 'Atualizar',
  needsNetwork: 'A saúde da IA fica na fila central: aparece assim que o console estiver online.',
  badge: 'alertas não vistos: {{count}}',
  events: 'Eventos, os mais recentes primeiro',
  alertCount: 'Alertas: {{count}} de {{total}} eventos.',
  none: 'Nada relatado ainda.',
  alert: 'Alerta',
  openTicket: 'Ticket {{id}}',
  reported: 'Relatado {{count}} vezes na hora',
  kind: {
    integration_drift: 'Desvio de integração',
    shadow_run: 'Execução sombra',
    budget: 'Orçamento',
  },
  drift: {
    title: 'A API de ferramenta {{api}} respondeu fora da sua descrição na operação',
    escalated: 'O ticket foi para uma pessoa:',
  },
  shadow: {
    title: '{{sampled}} tickets resolvidos redecididos com',
    agreement: 'Concordância {{value}} (alerta abaixo de {{tolerance}})',
    refusals: 'Recusas das proteções {{value}} (alerta acima de {{tolerance}})',
    disagreements: 'Tickets decididos de outra forma',
    change: 'antes {{was}}, agora {{now}}',
    resolve: 'resolvido pela IA',
    escalate: 'para pessoas ({{queue}})',
  },
  budget: {
    warning: 'Em {{month}} o gasto do modelo chegou a {{spent}} de um orçamento de {{budget}}.',
    exhausted: 'Em {{month}} o gasto do modelo chegou a {{spent}}: o orçamento de {{budget}} se esgotou.',
  },
  spend: {
    title: 'Gasto do modelo em {{month}}',
    ofBudget: '{{spent}} de um orçamento de {{budget}} ({{share}}).',
    noBudget: '{{spent}}; a política de roteamento não define orçamento.',
    warning: 'Nível de aviso atingido.',
    exhausted: 'Orçamento esgotado.',
    byRoute: 'Por rota',
    route: 'Rota',
    decisions: 'Decisões',
    tokens: 'Tokens',
    cost: 'Custo',
  },
} satisfies Catalog<typeof en>;
