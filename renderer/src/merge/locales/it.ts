import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Merging tickets: the merge dialog, the undo bar, a merged ticket's pointer (it). */
export default {
  shortcut: 'Unisci il ticket aperto a un altro ticket del cliente',
  title: 'Unisci questo ticket a…',
  filter: 'Filtra i ticket del cliente',
  loading: 'Caricamento dei ticket del cliente…',
  none: 'Il cliente non ha altri ticket a cui unirlo.',
  confirmTitle: 'Unire i ticket?',
  confirmText:
    '«{{source}}» confluisce in «{{target}}»: i suoi messaggi entrano in quella conversazione, viene risolto e il cliente viene informato di dove prosegue la conversazione. Puoi annullare per 10 minuti.',
  confirm: 'Unisci',
  cancel: 'Annulla',
  pointer: 'Unito a #{{id}}',
  open: 'Apri',
  undoBar: '{{count}} messaggi uniti a questo ticket; annullabile ancora per {{left}}.',
  undo: 'Annulla unione',
} satisfies Catalog<typeof en>;
