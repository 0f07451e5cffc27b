import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The inbox's selection and bulk bar (fr). */
export default {
  label: 'Actions groupées sur les tickets sélectionnés',
  actions: 'Actions sur la sélection',
  selected: 'Sélectionnés : {{count}}',
  running: 'Application à la sélection… ({{count}})',
  assignToMe: 'M’attribuer',
  tag: 'Étiqueter…',
  snooze: 'Mettre en attente…',
  resolveWithMacro: 'Résoudre avec une macro…',
  clear: 'Effacer la sélection',
  rowSelected: 'Sélectionné pour une action groupée',
  toggleShortcut: 'Sélectionner ou désélectionner la ligne de la boîte',
  selectAllShortcut: 'Sélectionner toutes les lignes affichées de la boîte',
  clearShortcut: 'Effacer la sélection de la boîte',
  tagTitle: 'Étiquettes des tickets sélectionnés ({{count}})',
  snoozeTitle: 'Mettre en attente les tickets sélectionnés ({{count}})',
  macroTitle: 'Résoudre les tickets sélectionnés avec une macro ({{count}})',
  refused: 'Refusés, chacun avec sa raison : {{count}}',
  done: {
    assign_to_me: 'Attribués à vous : {{count}}',
    tag: 'Étiquettes modifiées : {{count}}',
    snooze: 'Mis en attente : {{count}}',
    resolve_with_macro: 'Répondus et résolus : {{count}}',
  },
} satisfies Catalog<typeof en>;
