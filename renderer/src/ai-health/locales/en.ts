import type { CatalogTree } from '../../../../shared/i18n/catalog.js';

/** The AI health screen's texts, English: the reference every locale matches. */
export default {
  nav: 'AI health',
  title: 'AI health',
  intro:
    "What the AI's own checks found: a tool API that answered outside its description, shadow runs of the current prompt and model against your tolerance, and the month's model budget.",
  refresh: 'Refresh',
  needsNetwork: 'The AI health is kept by the central queue: it is shown once the console is online.',
  badge: 'unseen alerts: {{count}}',
  events: 'Events, newest first',
  alertCount: 'Alerts: {{count}} of {{total}} events.',
  none: 'Nothing reported yet.',
  alert: 'Alert',
  openTicket: 'Ticket {{id}}',
  reported: 'Reported {{count}} times within the hour',
  kind: {
    integration_drift: 'Integration drift',
    shadow_run: 'Shadow run',
    budget: 'Budget',
  },
  drift: {
    title: 'The tool API {{api}} answered outside its description in operation',
    escalated: 'The ticket went to a person:',
  },
  shadow: {
    title: '{{sampled}} resolved tickets re-decided with',
    agreement: 'Agreement {{value}} (alert below {{tolerance}})',
    refusals: 'Guard refusals {{value}} (alert above {{tolerance}})',
    disagreements: 'Tickets decided differently',
    change: 'was {{was}}, now {{now}}',
    resolve: 'resolved by the AI',
    escalate: 'to people ({{queue}})',
  },
  budget: {
    warning: 'In {{month}} the model spend reached {{spent}} of the {{budget}} budget.',
    exhausted: 'In {{month}} the model spend reached {{spent}}: the {{budget}} budget is used up.',
  },
  spend: {
    title: 'Model spend in {{month}}',
    ofBudget: '{{spent}} of the {{budget}} budget ({{share}}).',
    noBudget: '{{spent}}; the routing policy sets no budget.',
    warning: 'Warning level reached.',
    exhausted: 'Budget used up.',
    byRoute: 'By route',
    route: 'Route',
    decisions: 'Decisions',
    tokens: 'Tokens',
    cost: 'Cost',
  },
} satisfies CatalogTree;
