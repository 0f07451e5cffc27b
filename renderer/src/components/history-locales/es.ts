import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'Historial',
  show: 'Ver historial',
  hide: 'Ocultar historial',
  loading: 'Cargando el historial…',
  empty: 'Aún no hay nada registrado.',
  fromCache: 'Sin conexión: el historial tal como se obtuvo {{time}}.',
  refused: 'rechazado',
  claimedName: '(su consola indicó el nombre «{{name}}»)',
  retry: 'Reintentar',
  action: {
    ticket_intake: 'Ticket recibido',
    ai_decision: 'Decisión de la IA',
    agent_reply: 'Respondido',
    send_and_resolve: 'Respondido y resuelto',
    note: 'Nota interna',
    reassign: 'Reasignado',
    review: 'Revisado',
    reopen: 'Reabierto',
    assign: 'Asumido',
    snooze: 'Pospuesto',
    handback: 'Devuelto a la IA',
    mark_spam: 'Marcado como spam',
    tag: 'Etiquetas cambiadas',
    customer_reply: 'El cliente escribió',
    customer_rating: 'El cliente valoró',
    ticket_imported: 'Importado',
    ticket_import_updated: 'Actualizado por una importación',
  },
} satisfies Catalog<typeof en>;
