import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The tenant settings workspace's texts (pt). */
export default {
  nav: 'Configurações do locatário',
  title: 'Configurações do locatário',
  sectionsLabel: 'Seções das configurações',
  loading: 'Carregando as configurações do locatário…',
  offline:
    'Offline: você está lendo a cópia das configurações deste console. Salvar volta a ser possível quando a fila central estiver acessível.',
  offlineSince:
    'Offline: você está lendo a cópia das configurações deste console de {{at}}. Salvar volta a ser possível quando a fila central estiver acessível.',
  shortcuts: 'Alt+N novo · Ctrl+S salvar · Esc voltar à lista · ↑ ↓ mover-se numa lista',
  kinds: {
    queue: {
      title: 'Filas',
      new: 'Nova fila',
      empty: 'Ainda não há filas.',
    },
    sla_policy: {
      title: 'Políticas de SLA',
      new: 'Nova política de SLA',
      empty: 'Ainda não há políticas de SLA.',
    },
    tag: {
      title: 'Etiquetas',
      new: 'Nova etiqueta',
      empty: 'Ainda não há etiquetas.',
    },
    macro: {
      title: 'Macros',
      new: 'Nova macro',
      empty: 'Ainda não há macros.',
    },
    channel: {
      title: 'Canais',
      new: 'Novo canal',
      empty: 'Ainda não há canais.',
    },
    widget: { title: 'Widgets de chat', new: 'Novo widget de chat', empty: 'Ainda não há widgets de chat.' },
    webhook: { title: 'Webhooks', new: 'Novo webhook', empty: 'Ainda não há webhooks.' },
  },
  form: {
    id: 'ID',
    idHint: 'Letras, dígitos, _ . ou -, começando por uma letra ou um dígito. Não pode ser alterado depois.',
    idTaken: 'Outro item já tem o ID {{id}}.',
    name: 'Nome',
    description: 'Descrição',
    save: 'Salvar',
    delete: 'Excluir',
    keep: 'Manter',
    close: 'Voltar à lista',
    editing: 'Editar {{id}}',
    version: 'Versão {{version}}, salva por {{by}} em {{at}}',
    saved: 'Salvo como versão {{version}}. Cada console do locatário a recebe na próxima sincronização.',
    deleted: '{{id}} foi excluído.',
    confirmDelete: 'Excluir {{id}}? Os consoles deixam de oferecê-lo após a próxima sincronização.',
    pick: 'Escolha um item da lista ou crie um novo.',
    pickReadOnly: 'Escolha um item da lista para lê-lo.',
  },
  conflict: {
    saved:
      '{{by}} salvou a versão {{version}} deste item em {{at}}, enquanto você editava. Suas alterações continuam aqui.',
    deleted: '{{by}} excluiu este item em {{at}}, enquanto você editava. Suas alterações continuam aqui.',
    missing: 'Este item não está (mais) salvo na fila central. Suas alterações continuam aqui.',
    loadTheirs: 'Carregar a versão deles',
    drop: 'Descartar minhas alterações',
    overwrite: 'Salvar as minhas por cima',
    deleteAnyway: 'Excluir mesmo assim',
  },
  inUse: {
    sentence:
      'A fila {{queue}} não pode ser excluída enquanto estiver em uso: {{uses}}. Atribua-os a outra fila ou exclua-os primeiro.',
    rules_one: '{{count}} regra de escalonamento ({{names}})',
    rules_many: '{{count}} de regras de escalonamento ({{names}})',
    rules_other: '{{count}} regras de escalonamento ({{names}})',
    slaPolicy: 'sua política de SLA',
    channels_one: '{{count}} canal ({{names}})',
    channels_many: '{{count}} de canais ({{names}})',
    channels_other: '{{count}} canais ({{names}})',
    quoted: '“{{name}}”',
  },
  tag: {
    color: 'Cor',
    colorHint: 'Escrita #rrggbb; deixe vazio para nenhuma.',
    pick: 'Escolher uma cor',
    aiIntents: 'A IA a aplica para as intenções',
    aiIntentsHint:
      'Nomes de intenções separados por vírgulas, como card_arrival: a IA etiqueta um ticket que classifica numa delas. Deixe vazio se só pessoas aplicam esta etiqueta.',
  },
  sla: {
    queue: 'Fila',
    chooseQueue: 'Escolha uma fila sem política',
    timeZone: 'Fuso horário',
    timeZoneHint: 'Um nome IANA, como America/Sao_Paulo ou Asia/Tokyo.',
    hours: 'Horário comercial',
    hoursHint: 'Períodos de abertura por dia, como 09:00-12:00, 13:00-17:00. Deixe vazio um dia fechado.',
    span: 'Período {{number}}',
    holidays: 'Feriados',
    holidaysHint: 'Uma data por linha, escrita AAAA-MM-DD.',
    holiday: 'Feriado {{number}} ({{date}})',
    targets: 'Metas por nível de cliente',
    targetsHint: 'Em minutos úteis: 60 é uma hora de horário comercial.',
    firstReplyMinutes: 'Primeira resposta em até (minutos)',
    resolutionMinutes: 'Resolução em até (minutos)',
  },
  macro: {
    text: 'Texto',
    variables: 'Variáveis',
    variablesHint: 'Inserir no cursor:',
    insert: 'Inserir {{variable}}',
    preview: 'Pré-visualização',
    previewHint: 'Preenchida como para um ticket de exemplo.',
    sample: {
      customerName: 'Maria Silva',
      market: 'Brasil',
      subject: 'Reembolso do pedido 1042',
      queue: 'Cobrança',
      agentName: 'Alex Souza',
    },
  },
  rule: {
    queueIdFormat:
      'O ID de uma fila tem de 1 a 63 letras minúsculas (a–z), dígitos, - ou _, começando por uma letra ou um dígito. Não pode ser alterado depois.',
    id: 'Um ID tem de 1 a 100 letras (a–z, A–Z), dígitos, _ . ou -, começando por uma letra ou um dígito.',
    queueId: 'Escolha uma fila do locatário que ainda não tenha política.',
    name: 'Dê um nome com no máximo 200 caracteres (100 para uma etiqueta).',
    description: 'Uma descrição tem no máximo 1.000 caracteres.',
    color: 'Escreva a cor como # e seis dígitos hexadecimais, como #1f5fbf, ou deixe vazio.',
    aiIntents:
      'Nomes de intenções com letras, dígitos, _ . ? e - (no máximo 100 caracteres cada), separados por vírgulas; no máximo 50.',
    text: 'Escreva um texto com no máximo 20.000 caracteres.',
    timeZone: 'Fuso horário desconhecido: use um nome IANA como America/Sao_Paulo ou Asia/Tokyo.',
    week: 'Abra pelo menos um período na semana.',
    spans:
      'Escreva cada período como HH:MM-HH:MM entre 00:00 e 24:00, fechando depois de abrir, em ordem e sem sobreposição (no máximo 6 por dia). Um turno noturno são dois períodos: 22:00-24:00 e 00:00-06:00 do dia seguinte.',
    holidays: 'Escreva cada feriado uma vez, como uma data real AAAA-MM-DD (anos de 1900 a 9999); no máximo 500.',
    tier: 'Cada nível de cliente precisa de uma meta de primeira resposta e uma de resolução.',
    target:
      'Um número inteiro de minutos úteis de 1 a 525.600. A meta de resolução não é menor que a de primeira resposta, e o horário comercial precisa ser suficiente para alcançá-la.',
  },
} satisfies Catalog<typeof en>;
