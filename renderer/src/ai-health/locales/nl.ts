import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'AI-gezondheid',
  title: 'AI-gezondheid',
  intro:
    'Wat de eigen controles van de AI vonden: een tool-API die buiten zijn beschrijving antwoordde, schaduwrondes van de huidige prompt en het huidige model tegen uw tolerantie, en het modelbudget van de maand.',
  refresh: 'Vernieuwen',
  needsNetwork: 'De AI-gezondheid staat in de centrale queue: ze wordt getoond zodra de console online is.',
  badge: 'ongeziene waarschuwingen: {{count}}',
  events: 'Gebeurtenissen, nieuwste eerst',
  alertCount: 'Waarschuwingen: {{count}} van {{total}} gebeurtenissen.',
  none: 'Nog niets gemeld.',
  alert: 'Waarschuwing',
  openTicket: 'Ticket {{id}}',
  reported: '{{count}} keer gemeld binnen het uur',
  kind: {
    integration_drift: 'Integratieafwijking',
    shadow_run: 'Schaduwronde',
    budget: 'Budget',
  },
  drift: {
    title: 'De tool-API {{api}} antwoordde buiten zijn beschrijving in de operatie',
    escalated: 'Het ticket ging naar een mens:',
  },
  shadow: {
    title: '{{sampled}} opgeloste tickets opnieuw beslist met',
    agreement: 'Overeenstemming {{value}} (waarschuwing onder {{tolerance}})',
    refusals: 'Weigeringen door beveiligingen {{value}} (waarschuwing boven {{tolerance}})',
    disagreements: 'Anders beslist tickets',
    change: 'eerst {{was}}, nu {{now}}',
    resolve: 'opgelost door de AI',
    escalate: 'naar mensen ({{queue}})',
  },
  budget: {
    warning: 'In {{month}} bereikten de modeluitgaven {{spent}} van het budget van {{budget}}.',
    exhausted: 'In {{month}} bereikten de modeluitgaven {{spent}}: het budget van {{budget}} is op.',
  },
  spend: {
    title: 'Modeluitgaven in {{month}}',
    ofBudget: '{{spent}} van het budget van {{budget}} ({{share}}).',
    noBudget: '{{spent}}; het routeringsbeleid stelt geen budget.',
    warning: 'Waarschuwingsniveau bereikt.',
    exhausted: 'Budget op.',
    byRoute: 'Per route',
    route: 'Route',
    decisions: 'Beslissingen',
    tokens: 'Tokens',
    cost: 'Kosten',
  },
} satisfies Catalog<typeof en>;
