import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Mentions: the note editor's `@` completion, the Mentions view and its notices (fr). */
export default {
  tab: 'Vos mentions',
  title: 'Notes qui vous mentionnent',
  empty: 'Aucune note ne vous mentionne encore.',
  unread: 'Non lu',
  by: '{{by}} a écrit',
  someone: 'Un collègue',
  open: 'Ouvrir',
  loadFailed: 'Vos mentions n’ont pas pu être lues : {{reason}}',
  goShortcut: 'Aller à vos mentions',
  typeShortcut: 'Mentionner un collègue dans une note',
  editorHint: 'Tapez @ pour mentionner un collègue dans une note.',
  completion: {
    label: 'Personnes à mentionner',
    offline: 'Hors ligne : les personnes telles que lues en dernier dans la file',
    none: 'Personne ne correspond à « {{query}} »',
    loadFailed: 'Les personnes n’ont pas pu être listées : {{reason}}',
  },
  notice: {
    region: 'Mentions de vous',
    title: '{{by}} vous a mentionné',
    dismiss: 'Ignorer',
  },
} satisfies Catalog<typeof en>;
