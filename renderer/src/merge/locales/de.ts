import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Merging tickets: the merge dialog, the undo bar, a merged ticket's pointer (de). */
export default {
  shortcut: 'Offenes Ticket mit einem anderen Ticket des Kunden zusammenführen',
  title: 'Dieses Ticket zusammenführen mit…',
  filter: 'Tickets des Kunden filtern',
  loading: 'Tickets des Kunden werden geladen…',
  none: 'Der Kunde hat kein anderes Ticket zum Zusammenführen.',
  confirmTitle: 'Tickets zusammenführen?',
  confirmText:
    '„{{source}}“ geht in „{{target}}“ auf: Seine Nachrichten kommen in diesen Verlauf, es wird gelöst, und der Kunde erfährt, wo das Gespräch weitergeht. Rückgängig machen ist 10 Minuten lang möglich.',
  confirm: 'Zusammenführen',
  cancel: 'Abbrechen',
  pointer: 'Zusammengeführt in #{{id}}',
  open: 'Öffnen',
  undoBar: '{{count}} Nachrichten in dieses Ticket übernommen; rückgängig machen noch {{left}} möglich.',
  undo: 'Rückgängig',
} satisfies Catalog<typeof en>;
