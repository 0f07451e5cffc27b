import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Mentions: the note editor's `@` completion, the Mentions view and its notices (es). */
export default {
  tab: 'Menciones',
  title: 'Notas que te mencionan',
  empty: 'Ninguna nota te menciona todavía.',
  unread: 'Sin leer',
  by: '{{by}} escribió',
  someone: 'Un compañero',
  open: 'Abrir',
  loadFailed: 'No se pudieron leer tus menciones: {{reason}}',
  goShortcut: 'Ir a tus menciones',
  typeShortcut: 'Mencionar a un compañero en una nota',
  editorHint: 'Escribe @ para mencionar a un compañero en una nota.',
  completion: {
    label: 'Personas para mencionar',
    offline: 'Sin conexión: las personas tal como se leyeron de la cola',
    none: 'Nadie coincide con «{{query}}»',
    loadFailed: 'No se pudo listar a las personas: {{reason}}',
  },
  notice: {
    region: 'Menciones de ti',
    title: '{{by}} te mencionó',
    dismiss: 'Descartar',
  },
} satisfies Catalog<typeof en>;
