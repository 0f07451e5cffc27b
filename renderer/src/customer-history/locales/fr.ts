import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The customer panel's earlier tickets (fr). */
export default {
  title: 'Tickets du client',
  search: 'Rechercher dans les tickets du client',
  tooLong: 'Utilisez au plus {{max}} caractères pour la recherche.',
  count: 'Tickets : {{count}}',
  matches: 'Tickets contenant ces mots : {{count}}',
  newestOf: 'Les {{shown}} plus récents sur {{total}} sont affichés.',
  none: 'Cette console n’a encore aucun ticket de ce client.',
  noMatch: 'Aucun ticket de ce client ne contient ces mots.',
  openNow: 'Ouvert maintenant',
  csat: 'Noté {{score}} sur 5',
  unrated: 'Non noté',
  created: 'Créé le {{date}}',
  mergedInto: 'Fusionné dans {{id}}',
  showMore: 'Afficher les tickets plus anciens',
  loading: 'Lecture des tickets du client…',
  loadFailed: 'Les tickets du client n’ont pas pu être lus : {{reason}}',
  shortcut: 'Rechercher dans les tickets du client',
} satisfies Catalog<typeof en>;
