import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The inbox's selection and bulk bar (es). */
export default {
  label: 'Acciones en bloque sobre los tickets seleccionados',
  actions: 'Acciones sobre la selección',
  selected: 'Seleccionados: {{count}}',
  running: 'Aplicando a la selección… ({{count}})',
  assignToMe: 'Asignarme',
  tag: 'Etiquetar…',
  snooze: 'Posponer…',
  resolveWithMacro: 'Resolver con macro…',
  clear: 'Quitar selección',
  rowSelected: 'Seleccionado para una acción en bloque',
  toggleShortcut: 'Seleccionar o deseleccionar la fila de la bandeja',
  selectAllShortcut: 'Seleccionar todas las filas visibles de la bandeja',
  clearShortcut: 'Quitar la selección de la bandeja',
  tagTitle: 'Etiquetas de los tickets seleccionados ({{count}})',
  snoozeTitle: 'Posponer los tickets seleccionados ({{count}})',
  macroTitle: 'Resolver los tickets seleccionados con una macro ({{count}})',
  refused: 'Rechazados, cada uno con su motivo: {{count}}',
  done: {
    assign_to_me: 'Asignados a usted: {{count}}',
    tag: 'Etiquetas cambiadas: {{count}}',
    snooze: 'Pospuestos: {{count}}',
    resolve_with_macro: 'Respondidos y resueltos: {{count}}',
  },
} satisfies Catalog<typeof en>;
