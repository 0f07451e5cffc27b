import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Tags on tickets: chips, the tag picker, the inbox's tag filter (pt). */
export default {
  title: 'Etiquetas',
  noneOnTicket: 'Sem etiquetas',
  edit: 'Editar etiquetas',
  shortcut: 'Editar as etiquetas do ticket aberto',
  filter: 'Filtrar etiquetas',
  filterLabel: 'Etiqueta',
  pickerTitle: 'Etiquetas deste ticket',
  pickerHint: 'Enter coloca ou retira a etiqueta; Esc fecha.',
  none: 'A organização ainda não tem etiquetas: um administrador as adiciona nas configurações.',
  noMatch: 'Nenhuma etiqueta corresponde.',
  presence: {
    all: 'Colocada',
    some: 'Em alguns',
    none: 'Não colocada',
  },
} satisfies Catalog<typeof en>;
