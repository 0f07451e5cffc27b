import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** A reply's delivery line on every channel (fr). */
export default {
  label: 'Remise',
  email: { queued: 'En attente d’envoi à {{to}}', sent: 'Envoyé à {{to}}', failed: 'Non remis à {{to}}' },
  chat: {
    queued: 'En attente d’affichage dans le chat du client',
    sent: 'Affiché au client',
    failed: 'Non affiché au client',
  },
  messaging: {
    queued: 'En file pour le canal, à {{to}}',
    sent: 'Accepté par le canal pour {{to}}',
    failed: 'Non remis à {{to}}',
  },
  reason: 'Raison :',
  attempts: 'Tentatives : {{count}}',
  retry: 'Réessayer',
  retrying: 'Nouvel essai…',
  copy: 'Copier le texte',
  copied: 'Copié : envoyez-le par un autre moyen.',
  copyFailed: 'Le texte n’a pas pu être copié ; sélectionnez-le plutôt dans le message.',
} satisfies Catalog<typeof en>;
