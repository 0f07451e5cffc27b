import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Merging tickets: the merge dialog, the undo bar, a merged ticket's pointer (es). */
export default {
  shortcut: 'Combinar el ticket abierto con otro del cliente',
  title: 'Combinar este ticket con…',
  filter: 'Filtrar los tickets del cliente',
  loading: 'Cargando los tickets del cliente…',
  none: 'El cliente no tiene otro ticket con el que combinar.',
  confirmTitle: '¿Combinar los tickets?',
  confirmText:
    '«{{source}}» pasa a «{{target}}»: sus mensajes se unen a ese hilo, se resuelve y se informa al cliente de dónde sigue la conversación. Puede deshacerlo durante 10 minutos.',
  confirm: 'Combinar',
  cancel: 'Cancelar',
  pointer: 'Combinado en #{{id}}',
  open: 'Abrir',
  undoBar: '{{count}} mensajes combinados en este ticket; se puede deshacer durante {{left}}.',
  undo: 'Deshacer',
} satisfies Catalog<typeof en>;
