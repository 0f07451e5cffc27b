import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Tags on tickets: chips, the tag picker, the inbox's tag filter (es). */
export default {
  title: 'Etiquetas',
  noneOnTicket: 'Sin etiquetas',
  edit: 'Editar etiquetas',
  shortcut: 'Editar las etiquetas del ticket abierto',
  filter: 'Filtrar etiquetas',
  filterLabel: 'Etiqueta',
  pickerTitle: 'Etiquetas de este ticket',
  pickerHint: 'Enter pone o quita la etiqueta; Esc cierra.',
  none: 'La organización aún no tiene etiquetas: un administrador las añade en la configuración.',
  noMatch: 'Ninguna etiqueta coincide.',
  presence: {
    all: 'Puesta',
    some: 'En algunos',
    none: 'Sin poner',
  },
} satisfies Catalog<typeof en>;
