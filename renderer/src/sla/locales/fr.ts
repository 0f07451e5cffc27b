import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  firstReplyDueIn: 'Réponse attendue dans {{duration}}',
  firstReplyOverdue: 'Réponse en retard de {{duration}}',
  resolutionDueIn: 'Résolution attendue dans {{duration}}',
  resolutionOverdue: 'Résolution en retard de {{duration}}',
  dueNow: 'À traiter maintenant',
  dueTitle: 'Échéance {{time}}, comptée en heures ouvrées ({{zone}})',
  breachTitle: 'SLA dépassé',
  breachFirstReply: 'Première réponse en retard : {{subject}}',
  breachResolution: 'Résolution en retard : {{subject}}',
  noticesLabel: 'Dépassements de SLA',
  open: 'Ouvrir',
  dismiss: 'Fermer',
} satisfies Catalog<typeof en>;
