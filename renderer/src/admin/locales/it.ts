import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The tenant settings workspace's texts (it). */
export default {
  nav: 'Impostazioni del tenant',
  title: 'Impostazioni del tenant',
  sectionsLabel: 'Sezioni delle impostazioni',
  loading: 'Caricamento delle impostazioni del tenant…',
  offline:
    'Offline: stai leggendo la copia delle impostazioni di questa console. Potrai salvare di nuovo quando la coda centrale sarà raggiungibile.',
  offlineSince:
    'Offline: stai leggendo la copia delle impostazioni di questa console del {{at}}. Potrai salvare di nuovo quando la coda centrale sarà raggiungibile.',
  shortcuts: 'Alt+N nuovo · Ctrl+S salva · Esc torna all’elenco · ↑ ↓ muoversi in un elenco',
  kinds: {
    queue: {
      title: 'Code',
      new: 'Nuova coda',
      empty: 'Ancora nessuna coda.',
    },
    sla_policy: {
      title: 'Criteri SLA',
      new: 'Nuovo criterio SLA',
      empty: 'Ancora nessun criterio SLA.',
    },
    tag: {
      title: 'Etichette',
      new: 'Nuova etichetta',
      empty: 'Ancora nessuna etichetta.',
    },
    macro: {
      title: 'Macro',
      new: 'Nuova macro',
      empty: 'Ancora nessuna macro.',
    },
    channel: {
      title: 'Canali',
      new: 'Nuovo canale',
      empty: 'Ancora nessun canale.',
    },
    widget: { title: 'Widget di chat', new: 'Nuovo widget di chat', empty: 'Ancora nessun widget di chat.' },
    webhook: { title: 'Webhook', new: 'Nuovo webhook', empty: 'Ancora nessun webhook.' },
  },
  form: {
    id: 'ID',
    idHint: 'Lettere, cifre, _ . o -, che inizia con una lettera o una cifra. Non si può cambiare in seguito.',
    idTaken: 'Un altro elemento ha già l’ID {{id}}.',
    name: 'Nome',
    description: 'Descrizione',
    save: 'Salva',
    delete: 'Elimina',
    keep: 'Mantienilo',
    close: 'Torna all’elenco',
    editing: 'Modifica {{id}}',
    version: 'Versione {{version}}, salvata da {{by}} il {{at}}',
    saved: 'Salvato come versione {{version}}. Ogni console del tenant la riceve alla prossima sincronizzazione.',
    deleted: '{{id}} è stato eliminato.',
    confirmDelete: 'Eliminare {{id}}? Le console smettono di offrirlo dopo la prossima sincronizzazione.',
    pick: 'Scegli un elemento dall’elenco o creane uno nuovo.',
    pickReadOnly: 'Scegli un elemento dall’elenco per leggerlo.',
  },
  conflict: {
    saved:
      '{{by}} ha salvato la versione {{version}} di questo elemento il {{at}}, mentre lo stavi modificando. Le tue modifiche sono ancora qui.',
    deleted:
      '{{by}} ha eliminato questo elemento il {{at}}, mentre lo stavi modificando. Le tue modifiche sono ancora qui.',
    missing: 'Questo elemento non è (più) salvato nella coda centrale. Le tue modifiche sono ancora qui.',
    loadTheirs: 'Carica la loro versione',
    drop: 'Scarta le mie modifiche',
    overwrite: 'Salva le mie sopra le loro',
    deleteAnyway: 'Eliminalo comunque',
  },
  inUse: {
    sentence:
      'La coda {{queue}} non può essere eliminata finché è in uso: {{uses}}. Assegnali a un’altra coda o eliminali prima.',
    rules_one: '{{count}} regola di escalation ({{names}})',
    rules_many: '{{count}} di regole di escalation ({{names}})',
    rules_other: '{{count}} regole di escalation ({{names}})',
    slaPolicy: 'il suo criterio SLA',
    channels_one: '{{count}} canale ({{names}})',
    channels_many: '{{count}} di canali ({{names}})',
    channels_other: '{{count}} canali ({{names}})',
    quoted: '«{{name}}»',
  },
  tag: {
    color: 'Colore',
    colorHint: 'Scritto #rrggbb; lascia vuoto per nessuno.',
    pick: 'Scegli un colore',
    aiIntents: 'L’IA lo imposta per gli intenti',
    aiIntentsHint:
      'Nomi di intenti separati da virgole, come card_arrival: l’IA etichetta un ticket che classifica in uno di essi. Lascia vuoto se solo le persone impostano questo tag.',
  },
  sla: {
    queue: 'Coda',
    chooseQueue: 'Scegli una coda senza criterio',
    timeZone: 'Fuso orario',
    timeZoneHint: 'Un nome IANA, come Europe/Rome o Asia/Tokyo.',
    hours: 'Orario lavorativo',
    hoursHint: 'Fasce di apertura per giorno, come 09:00-12:00, 13:00-17:00. Lascia vuoto un giorno di chiusura.',
    span: 'Fascia {{number}}',
    holidays: 'Festività',
    holidaysHint: 'Una data per riga, scritta AAAA-MM-GG.',
    holiday: 'Festività {{number}} ({{date}})',
    targets: 'Obiettivi per livello di cliente',
    targetsHint: 'In minuti lavorativi: 60 è un’ora di orario lavorativo.',
    firstReplyMinutes: 'Prima risposta entro (minuti)',
    resolutionMinutes: 'Risoluzione entro (minuti)',
  },
  macro: {
    text: 'Testo',
    variables: 'Variabili',
    variablesHint: 'Inserisci al cursore:',
    insert: 'Inserisci {{variable}}',
    preview: 'Anteprima',
    previewHint: 'Compilata come per un ticket di esempio.',
    sample: {
      customerName: 'Maria Rossi',
      market: 'Italia',
      subject: 'Rimborso dell’ordine 1042',
      queue: 'Fatturazione',
      agentName: 'Alex Bianchi',
    },
  },
  rule: {
    queueIdFormat:
      'L’ID di una coda ha da 1 a 63 lettere minuscole (a–z), cifre, - o _, e inizia con una lettera o una cifra. Non si può cambiare in seguito.',
    id: 'Un ID ha da 1 a 100 lettere (a–z, A–Z), cifre, _ . o -, e inizia con una lettera o una cifra.',
    queueId: 'Scegli una coda del tenant che non ha ancora un criterio.',
    name: 'Indica un nome di al massimo 200 caratteri (100 per un’etichetta).',
    description: 'Una descrizione ha al massimo 1.000 caratteri.',
    color: 'Scrivi il colore come # e sei cifre esadecimali, ad esempio #1f5fbf, oppure lascia vuoto.',
    aiIntents:
      'Nomi di intenti di lettere, cifre, _ . ? e - (al massimo 100 caratteri ciascuno), separati da virgole; al massimo 50.',
    text: 'Scrivi un testo di al massimo 20.000 caratteri.',
    timeZone: 'Fuso orario sconosciuto: usa un nome IANA come Europe/Rome o Asia/Tokyo.',
    week: 'Apri almeno una fascia nella settimana.',
    spans:
      'Scrivi ogni fascia come HH:MM-HH:MM tra 00:00 e 24:00, con la chiusura dopo l’apertura, in ordine e senza sovrapposizioni (al massimo 6 al giorno). Un turno di notte sono due fasce: 22:00-24:00 e 00:00-06:00 del giorno dopo.',
    holidays:
      'Scrivi ogni festività una sola volta, come data reale AAAA-MM-GG (anni dal 1900 al 9999); al massimo 500.',
    tier: 'Ogni livello di cliente richiede un obiettivo di prima risposta e uno di risoluzione.',
    target:
      'Un numero intero di minuti lavorativi da 1 a 525.600. L’obiettivo di risoluzione non è più breve di quello di prima risposta, e l’orario lavorativo deve bastare a raggiungerlo.',
  },
} satisfies Catalog<typeof en>;
