import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'Salute dell’IA',
  title: 'Salute dell’IA',
  intro:
    'Ciò che hanno trovato i controlli dell’IA stessa: un’API di strumento che ha risposto fuori dalla sua descrizione, le esecuzioni ombra del prompt e del modello attuali rispetto alla vostra tolleranza e il budget mensile del modello.',
  refresh: 'Aggiorna',
  needsNetwork: 'La salute dell’IA è conservata dalla coda centrale: compare appena la console è online.',
  badge: 'avvisi non visti: {{count}}',
  events: 'Eventi, dal più recente',
  alertCount: 'Avvisi: {{count}} su {{total}} eventi.',
  none: 'Ancora nulla di segnalato.',
  alert: 'Avviso',
  openTicket: 'Ticket {{id}}',
  reported: 'Segnalato {{count}} volte nell’ora',
  kind: {
    integration_drift: 'Deriva di integrazione',
    shadow_run: 'Esecuzione ombra',
    budget: 'Budget',
  },
  drift: {
    title: 'L’API di strumento {{api}} ha risposto fuori dalla sua descrizione nell’operazione',
    escalated: 'Il ticket è passato a una persona:',
  },
  shadow: {
    title: '{{sampled}} ticket risolti ridecisi con',
    agreement: 'Accordo {{value}} (avviso sotto {{tolerance}})',
    refusals: 'Rifiuti delle protezioni {{value}} (avviso sopra {{tolerance}})',
    disagreements: 'Ticket decisi diversamente',
    change: 'prima {{was}}, ora {{now}}',
    resolve: 'risolto dall’IA',
    escalate: 'alle persone ({{queue}})',
  },
  budget: {
    warning: 'A {{month}} la spesa del modello ha raggiunto {{spent}} su un budget di {{budget}}.',
    exhausted: 'A {{month}} la spesa del modello ha raggiunto {{spent}}: il budget di {{budget}} è esaurito.',
  },
  spend: {
    title: 'Spesa del modello a {{month}}',
    ofBudget: '{{spent}} su un budget di {{budget}} ({{share}}).',
    noBudget: '{{spent}}; la politica di instradamento non fissa un budget.',
    warning: 'Livello di avviso raggiunto.',
    exhausted: 'Budget esaurito.',
    byRoute: 'Per percorso',
    route: 'Percorso',
    decisions: 'Decisioni',
    tokens: 'Token',
    cost: 'Costo',
  },
} satisfies Catalog<typeof en>;
