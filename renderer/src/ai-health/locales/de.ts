import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'KI-Zustand',
  title: 'KI-Zustand',
  intro:
    'Was die eigenen Prüfungen der KI fanden: eine Tool-API, die außerhalb ihrer Beschreibung antwortete, Schattenläufe des aktuellen Prompts und Modells gegen Ihre Toleranz und das Modellbudget des Monats.',
  refresh: 'Aktualisieren',
  needsNetwork: 'Der KI-Zustand liegt in der zentralen Queue: Er wird gezeigt, sobald die Konsole online ist.',
  badge: 'ungesehene Warnungen: {{count}}',
  events: 'Ereignisse, neueste zuerst',
  alertCount: 'Warnungen: {{count}} von {{total}} Ereignissen.',
  none: 'Noch nichts gemeldet.',
  alert: 'Warnung',
  openTicket: 'Ticket {{id}}',
  reported: '{{count}}-mal innerhalb der Stunde gemeldet',
  kind: {
    integration_drift: 'Integrationsabweichung',
    shadow_run: 'Schattenlauf',
    budget: 'Budget',
  },
  drift: {
    title: 'Die Tool-API {{api}} antwortete außerhalb ihrer Beschreibung in der Operation',
    escalated: 'Das Ticket ging an einen Menschen:',
  },
  shadow: {
    title: '{{sampled}} gelöste Tickets neu entschieden mit',
    agreement: 'Übereinstimmung {{value}} (Warnung unter {{tolerance}})',
    refusals: 'Ablehnungen durch Schutzregeln {{value}} (Warnung über {{tolerance}})',
    disagreements: 'Anders entschiedene Tickets',
    change: 'vorher {{was}}, jetzt {{now}}',
    resolve: 'von der KI gelöst',
    escalate: 'an Menschen ({{queue}})',
  },
  budget: {
    warning: 'Im {{month}} erreichten die Modellausgaben {{spent}} des Budgets von {{budget}}.',
    exhausted: 'Im {{month}} erreichten die Modellausgaben {{spent}}: Das Budget von {{budget}} ist aufgebraucht.',
  },
  spend: {
    title: 'Modellausgaben im {{month}}',
    ofBudget: '{{spent}} des Budgets von {{budget}} ({{share}}).',
    noBudget: '{{spent}}; die Routing-Richtlinie setzt kein Budget.',
    warning: 'Warnschwelle erreicht.',
    exhausted: 'Budget aufgebraucht.',
    byRoute: 'Nach Weg',
    route: 'Weg',
    decisions: 'Entscheidungen',
    tokens: 'Tokens',
    cost: 'Kosten',
  },
} satisfies Catalog<typeof en>;
