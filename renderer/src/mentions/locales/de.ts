import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Mentions: the note editor's `@` completion, the Mentions view and its notices (de). */
export default {
  tab: 'Erwähnungen',
  title: 'Notizen, die Sie erwähnen',
  empty: 'Noch keine Notiz erwähnt Sie.',
  unread: 'Ungelesen',
  by: '{{by}} schrieb',
  someone: 'Ein Kollege',
  open: 'Öffnen',
  loadFailed: 'Ihre Erwähnungen konnten nicht gelesen werden: {{reason}}',
  goShortcut: 'Zu Ihren Erwähnungen',
  typeShortcut: 'Kollegen in einer Notiz erwähnen',
  editorHint: 'Tippen Sie @, um einen Kollegen in einer Notiz zu erwähnen.',
  completion: {
    label: 'Personen zum Erwähnen',
    offline: 'Offline: die Personen, wie zuletzt von der Queue gelesen',
    none: 'Niemand passt zu „{{query}}“',
    loadFailed: 'Die Personen konnten nicht aufgelistet werden: {{reason}}',
  },
  notice: {
    region: 'Erwähnungen von Ihnen',
    title: '{{by}} hat Sie erwähnt',
    dismiss: 'Schließen',
  },
} satisfies Catalog<typeof en>;
