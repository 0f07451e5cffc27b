import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Mentions: the note editor's `@` completion, the Mentions view and its notices (it). */
export default {
  tab: 'Menzioni',
  title: 'Note che ti menzionano',
  empty: 'Ancora nessuna nota ti menziona.',
  unread: 'Non letto',
  by: '{{by}} ha scritto',
  someone: 'Un collega',
  open: 'Apri',
  loadFailed: 'Impossibile leggere le tue menzioni: {{reason}}',
  goShortcut: 'Vai alle tue menzioni',
  typeShortcut: 'Menziona un collega in una nota',
  editorHint: 'Digita @ per menzionare un collega in una nota.',
  completion: {
    label: 'Persone da menzionare',
    offline: 'Offline: le persone come lette l’ultima volta dalla coda',
    none: 'Nessuno corrisponde a «{{query}}»',
    loadFailed: 'Impossibile elencare le persone: {{reason}}',
  },
  notice: {
    region: 'Menzioni di te',
    title: '{{by}} ti ha menzionato',
    dismiss: 'Chiudi',
  },
} satisfies Catalog<typeof en>;
