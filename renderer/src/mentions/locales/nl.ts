import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Mentions: the note editor's `@` completion, the Mentions view and its notices (nl). */
export default {
  tab: 'Vermeldingen',
  title: 'Notities die u vermelden',
  empty: 'Nog geen notitie vermeldt u.',
  unread: 'Ongelezen',
  by: '{{by}} schreef',
  someone: 'Een collega',
  open: 'Openen',
  loadFailed: 'Uw vermeldingen konden niet worden gelezen: {{reason}}',
  goShortcut: 'Naar uw vermeldingen',
  typeShortcut: 'Een collega in een notitie vermelden',
  editorHint: 'Typ @ om een collega in een notitie te vermelden.',
  completion: {
    label: 'Personen om te vermelden',
    offline: 'Offline: de personen zoals laatst gelezen uit de wachtrij',
    none: 'Niemand komt overeen met ‘{{query}}’',
    loadFailed: 'De personen konden niet worden opgesomd: {{reason}}',
  },
  notice: {
    region: 'Vermeldingen van u',
    title: '{{by}} heeft u vermeld',
    dismiss: 'Sluiten',
  },
} satisfies Catalog<typeof en>;
