import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The customer panel's earlier tickets (pt). */
export default {
  title: 'Tickets do cliente',
  search: 'Pesquisar nos tickets do cliente',
  tooLong: 'Use no máximo {{max}} caracteres na pesquisa.',
  count: 'Tickets: {{count}} no total',
  matches: 'Tickets com estas palavras: {{count}}',
  newestOf: 'São mostrados os {{shown}} mais recentes de {{total}}.',
  none: 'Este console ainda não tem tickets deste cliente.',
  noMatch: 'Nenhum ticket deste cliente tem estas palavras.',
  openNow: 'Aberto agora',
  csat: 'Avaliado com {{score}} de 5',
  unrated: 'Sem avaliação',
  created: 'Criado em {{date}}',
  mergedInto: 'Mesclado em {{id}}',
  showMore: 'Mostrar tickets mais antigos',
  loading: 'Lendo os tickets do cliente…',
  loadFailed: 'Não foi possível ler os tickets do cliente: {{reason}}',
  shortcut: 'Pesquisar nos tickets do cliente',
} satisfies Catalog<typeof en>;
