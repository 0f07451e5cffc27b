import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Merging tickets: the merge dialog, the undo bar, a merged ticket's pointer (pt). */
export default {
  shortcut: 'Juntar o ticket aberto a outro ticket do cliente',
  title: 'Juntar este ticket a…',
  filter: 'Filtrar os tickets do cliente',
  loading: 'A carregar os tickets do cliente…',
  none: 'O cliente não tem outro ticket a que juntar este.',
  confirmTitle: 'Juntar os tickets?',
  confirmText:
    '«{{source}}» passa para «{{target}}»: as suas mensagens entram nessa conversa, é resolvido e o cliente fica a saber onde a conversa continua. Pode anular durante 10 minutos.',
  confirm: 'Juntar',
  cancel: 'Cancelar',
  pointer: 'Junto em #{{id}}',
  open: 'Abrir',
  undoBar: '{{count}} mensagens juntas neste ticket; pode anular durante mais {{left}}.',
  undo: 'Anular',
} satisfies Catalog<typeof en>;
