import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Merging tickets: the merge dialog, the undo bar, a merged ticket's pointer (fr). */
export default {
  shortcut: 'Fusionner le ticket ouvert avec un autre ticket du client',
  title: 'Fusionner ce ticket avec…',
  filter: 'Filtrer les tickets du client',
  loading: 'Chargement des tickets du client…',
  none: 'Le client n’a aucun autre ticket avec lequel fusionner.',
  confirmTitle: 'Fusionner les tickets ?',
  confirmText:
    '« {{source}} » rejoint « {{target}} » : ses messages passent dans ce fil, il est résolu et le client apprend où la conversation continue. Vous pouvez annuler pendant 10 minutes.',
  confirm: 'Fusionner',
  cancel: 'Annuler',
  pointer: 'Fusionné dans #{{id}}',
  open: 'Ouvrir',
  undoBar: '{{count}} messages fusionnés dans ce ticket ; annulation possible encore {{left}}.',
  undo: 'Annuler la fusion',
} satisfies Catalog<typeof en>;
