import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Merging tickets: the merge dialog, the undo bar, a merged ticket's pointer (pl). */
export default {
  shortcut: 'Scal otwarte zgłoszenie z innym zgłoszeniem klienta',
  title: 'Scal to zgłoszenie z…',
  filter: 'Filtruj zgłoszenia klienta',
  loading: 'Wczytywanie zgłoszeń klienta…',
  none: 'Klient nie ma innego zgłoszenia do scalenia.',
  confirmTitle: 'Scalić zgłoszenia?',
  confirmText:
    '„{{source}}” przechodzi do „{{target}}”: jego wiadomości trafiają do tego wątku, zostaje rozwiązane, a klient dowiaduje się, gdzie rozmowa jest kontynuowana. Cofnąć można przez 10 minut.',
  confirm: 'Scal',
  cancel: 'Anuluj',
  pointer: 'Scalono z #{{id}}',
  open: 'Otwórz',
  undoBar: 'Scalono {{count}} wiadomości z tym zgłoszeniem; cofnięcie możliwe jeszcze przez {{left}}.',
  undo: 'Cofnij',
} satisfies Catalog<typeof en>;
