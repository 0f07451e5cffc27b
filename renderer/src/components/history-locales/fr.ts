import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'Historique',
  show: 'Afficher l’historique',
  hide: 'Masquer l’historique',
  loading: 'Chargement de l’historique…',
  empty: 'Rien d’enregistré pour l’instant.',
  fromCache: 'Hors ligne : l’historique tel que récupéré {{time}}.',
  refused: 'refusé',
  claimedName: '(sa console a indiqué le nom « {{name}} »)',
  retry: 'Réessayer',
  action: {
    ticket_intake: 'Ticket reçu',
    ai_decision: 'Décision de l’IA',
    agent_reply: 'Réponse envoyée',
    send_and_resolve: 'Réponse envoyée et résolu',
    note: 'Note interne',
    reassign: 'Réaffecté',
    review: 'Revu',
    reopen: 'Rouvert',
    assign: 'Pris en charge',
    snooze: 'Mis en attente',
    handback: 'Rendu à l’IA',
    mark_spam: 'Marqué comme spam',
    tag: 'Étiquettes modifiées',
    customer_reply: 'Le client a écrit',
    customer_rating: 'Le client a noté',
    ticket_imported: 'Importé',
    ticket_import_updated: 'Mis à jour par une importation',
  },
} satisfies Catalog<typeof en>;
