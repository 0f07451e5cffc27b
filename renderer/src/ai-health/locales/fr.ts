import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'Santé de l’IA',
  title: 'Santé de l’IA',
  intro:
    'Ce que les propres contrôles de l’IA ont trouvé : une API d’outil qui a répondu hors de sa description, les exécutions fantômes du prompt et du modèle actuels face à votre tolérance, et le budget mensuel du modèle.',
  refresh: 'Actualiser',
  needsNetwork: 'La santé de l’IA est conservée par la file centrale : elle s’affiche dès que la console est en ligne.',
  badge: 'alertes non vues : {{count}}',
  events: 'Événements, du plus récent au plus ancien',
  alertCount: 'Alertes : {{count}} sur {{total}} événements.',
  none: 'Rien de signalé pour l’instant.',
  alert: 'Alerte',
  openTicket: 'Ticket {{id}}',
  reported: 'Signalé {{count}} fois dans l’heure',
  kind: {
    integration_drift: 'Dérive d’intégration',
    shadow_run: 'Exécution fantôme',
    budget: 'Budget',
  },
  drift: {
    title: 'L’API d’outil {{api}} a répondu hors de sa description dans l’opération',
    escalated: 'Le ticket est allé à une personne :',
  },
  shadow: {
    title: '{{sampled}} tickets résolus redécidés avec',
    agreement: 'Accord {{value}} (alerte sous {{tolerance}})',
    refusals: 'Refus des garde-fous {{value}} (alerte au-dessus de {{tolerance}})',
    disagreements: 'Tickets décidés autrement',
    change: 'avant : {{was}}, maintenant : {{now}}',
    resolve: 'résolu par l’IA',
    escalate: 'à des personnes ({{queue}})',
  },
  budget: {
    warning: 'En {{month}}, la dépense du modèle a atteint {{spent}} sur un budget de {{budget}}.',
    exhausted: 'En {{month}}, la dépense du modèle a atteint {{spent}} : le budget de {{budget}} est épuisé.',
  },
  spend: {
    title: 'Dépense du modèle en {{month}}',
    ofBudget: '{{spent}} sur un budget de {{budget}} ({{share}}).',
    noBudget: '{{spent}} ; la politique de routage ne fixe aucun budget.',
    warning: 'Seuil d’avertissement atteint.',
    exhausted: 'Budget épuisé.',
    byRoute: 'Par voie',
    route: 'Voie',
    decisions: 'Décisions',
    tokens: 'Jetons',
    cost: 'Coût',
  },
} satisfies Catalog<typeof en>;
