import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Merging tickets: the merge dialog, the undo bar, a merged ticket's pointer (nl). */
export default {
  shortcut: 'Het open ticket samenvoegen met een ander ticket van de klant',
  title: 'Dit ticket samenvoegen met…',
  filter: 'Tickets van de klant filteren',
  loading: 'Tickets van de klant laden…',
  none: 'De klant heeft geen ander ticket om mee samen te voegen.',
  confirmTitle: 'Tickets samenvoegen?',
  confirmText:
    '‘{{source}}’ gaat op in ‘{{target}}’: de berichten komen in dat gesprek, het wordt opgelost en de klant hoort waar het gesprek verdergaat. Ongedaan maken kan 10 minuten lang.',
  confirm: 'Samenvoegen',
  cancel: 'Annuleren',
  pointer: 'Samengevoegd in #{{id}}',
  open: 'Openen',
  undoBar: '{{count}} berichten samengevoegd in dit ticket; ongedaan maken kan nog {{left}}.',
  undo: 'Ongedaan maken',
} satisfies Catalog<typeof en>;
