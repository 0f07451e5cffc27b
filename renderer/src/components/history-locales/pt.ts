import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'Histórico',
  show: 'Mostrar histórico',
  hide: 'Ocultar histórico',
  loading: 'A carregar o histórico…',
  empty: 'Ainda nada registado.',
  fromCache: 'Offline: o histórico tal como obtido {{time}}.',
  refused: 'recusado',
  claimedName: '(o console informou o nome “{{name}}”)',
  retry: 'Tentar de novo',
  action: {
    ticket_intake: 'Pedido recebido',
    ai_decision: 'Decisão da IA',
    agent_reply: 'Respondido',
    send_and_resolve: 'Respondido e resolvido',
    note: 'Nota interna',
    reassign: 'Reatribuído',
    review: 'Revisto',
    reopen: 'Reaberto',
    assign: 'Assumido',
    snooze: 'Adiado',
    handback: 'Devolvido à IA',
    mark_spam: 'Marcado como spam',
    tag: 'Etiquetas alteradas',
    customer_reply: 'O cliente escreveu',
    customer_rating: 'O cliente avaliou',
    ticket_imported: 'Importado',
    ticket_import_updated: 'Atualizado por uma importação',
  },
} satisfies Catalog<typeof en>;
