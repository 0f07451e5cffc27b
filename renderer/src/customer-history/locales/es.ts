import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The customer panel's earlier tickets (es). */
export default {
  title: 'Tickets del cliente',
  search: 'Buscar en los tickets del cliente',
  tooLong: 'Use como máximo {{max}} caracteres para buscar.',
  count: 'Tickets: {{count}} en total',
  matches: 'Tickets con estas palabras: {{count}}',
  newestOf: 'Se muestran los {{shown}} más recientes de {{total}}.',
  none: 'Esta consola aún no tiene tickets de este cliente.',
  noMatch: 'Ningún ticket de este cliente tiene estas palabras.',
  openNow: 'Abierto ahora',
  csat: 'Valorado con {{score}} de 5',
  unrated: 'Sin valorar',
  created: 'Creado el {{date}}',
  mergedInto: 'Fusionado en {{id}}',
  showMore: 'Mostrar tickets anteriores',
  loading: 'Leyendo los tickets del cliente…',
  loadFailed: 'No se pudieron leer los tickets del cliente: {{reason}}',
  shortcut: 'Buscar en los tickets del cliente',
} satisfies Catalog<typeof en>;
