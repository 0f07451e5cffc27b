import type { CatalogTree } from '../../../../shared/i18n/catalog.js';

/** Mentions: the note editor's `@` completion, the Mentions view and its notices, English: the reference every locale matches. */
export default {
  tab: 'Mentions',
  title: 'Notes that mention you',
  empty: 'No note mentions you yet.',
  unread: 'Unread',
  by: '{{by}} wrote',
  someone: 'A colleague',
  open: 'Open',
  loadFailed: 'Your mentions could not be read: {{reason}}',
  goShortcut: 'Go to your mentions',
  typeShortcut: 'Mention a colleague in a note',
  editorHint: 'Type @ to mention a colleague in a note.',
  completion: {
    label: 'People to mention',
    offline: 'Offline: the people as last read from the queue',
    none: 'No one matches “{{query}}”',
    loadFailed: 'The people could not be listed: {{reason}}',
  },
  notice: {
    region: 'Mentions of you',
    title: '{{by}} mentioned you',
    dismiss: 'Dismiss',
  },
} satisfies CatalogTree;
