import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Mentions: the note editor's `@` completion, the Mentions view and its notices (pt). */
export default {
  tab: 'Menções',
  title: 'Notas que mencionam você',
  empty: 'Nenhuma nota menciona você ainda.',
  unread: 'Não lida',
  by: '{{by}} escreveu',
  someone: 'Um colega',
  open: 'Abrir',
  loadFailed: 'Não foi possível ler suas menções: {{reason}}',
  goShortcut: 'Ir para suas menções',
  typeShortcut: 'Mencionar um colega em uma nota',
  editorHint: 'Digite @ para mencionar um colega em uma nota.',
  completion: {
    label: 'Pessoas para mencionar',
    offline: 'Offline: as pessoas como lidas da fila pela última vez',
    none: 'Ninguém corresponde a “{{query}}”',
    loadFailed: 'Não foi possível listar as pessoas: {{reason}}',
  },
  notice: {
    region: 'Menções a você',
    title: '{{by}} mencionou você',
    dismiss: 'Dispensar',
  },
} satisfies Catalog<typeof en>;
