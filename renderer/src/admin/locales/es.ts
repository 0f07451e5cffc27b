import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The tenant settings workspace's texts (es). */
export default {
  nav: 'Configuración del cliente',
  title: 'Configuración del cliente',
  sectionsLabel: 'Secciones de la configuración',
  loading: 'Cargando la configuración del cliente…',
  offline:
    'Sin conexión: está leyendo la copia de la configuración de esta consola. Podrá guardar de nuevo cuando la cola central esté disponible.',
  offlineSince:
    'Sin conexión: está leyendo la copia de la configuración de esta consola del {{at}}. Podrá guardar de nuevo cuando la cola central esté disponible.',
  shortcuts: 'Alt+N nuevo · Ctrl+S guardar · Esc volver a la lista · ↑ ↓ moverse en una lista',
  kinds: {
    queue: {
      title: 'Colas',
      new: 'Nueva cola',
      empty: 'Todavía no hay colas.',
    },
    sla_policy: {
      title: 'Políticas de SLA',
      new: 'Nueva política de SLA',
      empty: 'Todavía no hay políticas de SLA.',
    },
    tag: {
      title: 'Etiquetas',
      new: 'Nueva etiqueta',
      empty: 'Todavía no hay etiquetas.',
    },
    macro: {
      title: 'Macros',
      new: 'Nueva macro',
      empty: 'Todavía no hay macros.',
    },
    channel: {
      title: 'Canales',
      new: 'Nuevo canal',
      empty: 'Aún no hay canales.',
    },
    widget: { title: 'Widgets de chat', new: 'Nuevo widget de chat', empty: 'Aún no hay widgets de chat.' },
    webhook: { title: 'Webhooks', new: 'Nuevo webhook', empty: 'Aún no hay webhooks.' },
  },
  form: {
    id: 'Identificador',
    idHint: 'Letras, dígitos, _ . o -, empezando por una letra o un dígito. No se puede cambiar después.',
    idTaken: 'Otro elemento ya tiene el identificador {{id}}.',
    name: 'Nombre',
    description: 'Descripción',
    save: 'Guardar',
    delete: 'Eliminar',
    keep: 'Conservarlo',
    close: 'Volver a la lista',
    editing: 'Editar {{id}}',
    version: 'Versión {{version}}, guardada por {{by}} el {{at}}',
    saved: 'Guardado como versión {{version}}. Cada consola del cliente la recibe en su próxima sincronización.',
    deleted: '{{id}} se ha eliminado.',
    confirmDelete: '¿Eliminar {{id}}? Las consolas dejan de ofrecerlo tras su próxima sincronización.',
    pick: 'Elija un elemento de la lista o cree uno nuevo.',
    pickReadOnly: 'Elija un elemento de la lista para leerlo.',
  },
  conflict: {
    saved:
      '{{by}} guardó la versión {{version}} de este elemento el {{at}}, mientras usted lo editaba. Sus cambios siguen aquí.',
    deleted: '{{by}} eliminó este elemento el {{at}}, mientras usted lo editaba. Sus cambios siguen aquí.',
    missing: 'Este elemento no está (o ya no está) guardado en la cola central. Sus cambios siguen aquí.',
    loadTheirs: 'Cargar su versión',
    drop: 'Descartar mis cambios',
    overwrite: 'Guardar los míos encima',
    deleteAnyway: 'Eliminarlo de todos modos',
  },
  inUse: {
    sentence:
      'La cola {{queue}} no se puede eliminar mientras esté en uso: {{uses}}. Asígnelos a otra cola o elimínelos primero.',
    rules_one: '{{count}} regla de escalado ({{names}})',
    rules_many: '{{count}} de reglas de escalado ({{names}})',
    rules_other: '{{count}} reglas de escalado ({{names}})',
    slaPolicy: 'su política de SLA',
    channels_one: '{{count}} canal ({{names}})',
    channels_many: '{{count}} de canales ({{names}})',
    channels_other: '{{count}} canales ({{names}})',
    quoted: '«{{name}}»',
  },
  tag: {
    color: 'Color',
    colorHint: 'Escrito #rrggbb; déjelo vacío para ninguno.',
    pick: 'Elegir un color',
    aiIntents: 'La IA la pone para las intenciones',
    aiIntentsHint:
      'Nombres de intenciones separados por comas, como card_arrival: la IA etiqueta un ticket que clasifica en una de ellas. Déjelo vacío si solo las personas ponen esta etiqueta.',
  },
  sla: {
    queue: 'Cola',
    chooseQueue: 'Elija una cola sin política',
    timeZone: 'Zona horaria',
    timeZoneHint: 'Un nombre IANA, como Europe/Madrid o Asia/Tokyo.',
    hours: 'Horario laboral',
    hoursHint: 'Franjas de apertura por día, como 09:00-12:00, 13:00-17:00. Deje vacío un día cerrado.',
    span: 'Franja {{number}}',
    holidays: 'Festivos',
    holidaysHint: 'Una fecha por línea, escrita AAAA-MM-DD.',
    holiday: 'Festivo {{number}} ({{date}})',
    targets: 'Objetivos por nivel de cliente',
    targetsHint: 'En minutos laborables: 60 es una hora de horario laboral.',
    firstReplyMinutes: 'Primera respuesta en (minutos)',
    resolutionMinutes: 'Resolución en (minutos)',
  },
  macro: {
    text: 'Texto',
    variables: 'Variables',
    variablesHint: 'Insertar en el cursor:',
    insert: 'Insertar {{variable}}',
    preview: 'Vista previa',
    previewHint: 'Rellenada como para un ticket de ejemplo.',
    sample: {
      customerName: 'María García',
      market: 'España',
      subject: 'Reembolso del pedido 1042',
      queue: 'Facturación',
      agentName: 'Alex López',
    },
  },
  rule: {
    queueIdFormat:
      'Un identificador de cola tiene de 1 a 63 letras minúsculas (a–z), dígitos, - o _, y empieza por una letra o un dígito. No se puede cambiar después.',
    id: 'Un identificador tiene de 1 a 100 letras (a–z, A–Z), dígitos, _ . o -, y empieza por una letra o un dígito.',
    queueId: 'Elija una cola del cliente que aún no tenga política.',
    name: 'Indique un nombre de 200 caracteres como máximo (100 para una etiqueta).',
    description: 'Una descripción tiene como máximo 1.000 caracteres.',
    color: 'Escriba el color como # y seis dígitos hexadecimales, como #1f5fbf, o déjelo vacío.',
    aiIntents:
      'Nombres de intenciones con letras, dígitos, _ . ? y - (como máximo 100 caracteres cada uno), separados por comas; como máximo 50.',
    text: 'Escriba un texto de 20.000 caracteres como máximo.',
    timeZone: 'Zona horaria desconocida: use un nombre IANA como Europe/Madrid o Asia/Tokyo.',
    week: 'Abra al menos una franja en la semana.',
    spans:
      'Escriba cada franja como HH:MM-HH:MM entre 00:00 y 24:00, con el cierre después de la apertura, en orden y sin solaparse (6 al día como máximo). Un turno de noche son dos franjas: 22:00-24:00 y 00:00-06:00 del día siguiente.',
    holidays: 'Escriba cada festivo una vez, como una fecha real AAAA-MM-DD (años 1900 a 9999); 500 como máximo.',
    tier: 'Cada nivel de cliente necesita un objetivo de primera respuesta y otro de resolución.',
    target:
      'Un número entero de minutos laborables de 1 a 525.600. El objetivo de resolución no es más corto que el de primera respuesta, y el horario laboral debe bastar para alcanzarlo.',
  },
} satisfies Catalog<typeof en>;
