import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'Salud de la IA',
  title: 'Salud de la IA',
  intro:
    'Lo que encontraron las comprobaciones de la propia IA: una API de herramienta que respondió fuera de su descripción, las ejecuciones en sombra del prompt y el modelo actuales frente a su tolerancia, y el presupuesto mensual del modelo.',
  refresh: 'Actualizar',
  needsNetwork: 'La salud de la IA la guarda la cola central: se muestra en cuanto la consola esté en línea.',
  badge: 'alertas sin ver: {{count}}',
  events: 'Eventos, los más recientes primero',
  alertCount: 'Alertas: {{count}} de {{total}} eventos.',
  none: 'Aún no hay nada registrado.',
  alert: 'Alerta',
  openTicket: 'Ticket {{id}}',
  reported: 'Notificado {{count}} veces en la hora',
  kind: {
    integration_drift: 'Desviación de integración',
    shadow_run: 'Ejecución en sombra',
    budget: 'Presupuesto',
  },
  drift: {
    title: 'La API de herramienta {{api}} respondió fuera de su descripción en la operación',
    escalated: 'El ticket pasó a una persona:',
  },
  shadow: {
    title: '{{sampled}} tickets resueltos decididos de nuevo con',
    agreement: 'Coincidencia {{value}} (alerta por debajo de {{tolerance}})',
    refusals: 'Rechazos de salvaguardas {{value}} (alerta por encima de {{tolerance}})',
    disagreements: 'Tickets decididos de otra forma',
    change: 'antes {{was}}, ahora {{now}}',
    resolve: 'resuelto por la IA',
    escalate: 'a personas ({{queue}})',
  },
  budget: {
    warning: 'En {{month}} el gasto del modelo llegó a {{spent}} de un presupuesto de {{budget}}.',
    exhausted: 'En {{month}} el gasto del modelo llegó a {{spent}}: el presupuesto de {{budget}} se agotó.',
  },
  spend: {
    title: 'Gasto del modelo en {{month}}',
    ofBudget: '{{spent}} de un presupuesto de {{budget}} ({{share}}).',
    noBudget: '{{spent}}; la política de enrutamiento no fija presupuesto.',
    warning: 'Nivel de aviso alcanzado.',
    exhausted: 'Presupuesto agotado.',
    byRoute: 'Por vía',
    route: 'Vía',
    decisions: 'Decisiones',
    tokens: 'Tokens',
    cost: 'Coste',
  },
} satisfies Catalog<typeof en>;
