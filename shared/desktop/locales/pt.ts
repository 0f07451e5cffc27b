import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: 'Novo escalonamento',
  mentioned: '{{by}} mencionou você em uma nota',
  mentionedBySomeone: 'Um colega',
  newEscalations_one: '{{count, number}} novo escalonamento',
  newEscalations_many: '{{count, number}} de novos escalonamentos',
  newEscalations_other: '{{count, number}} novos escalonamentos',
  andMore_one: '{{first}} e mais {{count, number}}',
  andMore_many: '{{first}} e mais {{count, number}}',
  andMore_other: '{{first}} e mais {{count, number}}',
  unreadTitle_one: '({{count, number}}) {{app}}: {{count, number}} escalonamento não lido',
  unreadTitle_many: '({{count, number}}) {{app}}: {{count, number}} de escalonamentos não lidos',
  unreadTitle_other: '({{count, number}}) {{app}}: {{count, number}} escalonamentos não lidos',
  tray: {
    connecting: 'Switchboard: conectando',
    noneWaiting: 'Switchboard: nenhum escalonamento aguardando',
    waiting_one: 'Switchboard: {{count, number}} escalonamento aguardando',
    waiting_many: 'Switchboard: {{count, number}} de escalonamentos aguardando',
    waiting_other: 'Switchboard: {{count, number}} escalonamentos aguardando',
  },
  menu: {
    showConsole: 'Mostrar o console',
    quit: 'Sair do Switchboard',
    settings: 'Configurações…',
    shortcuts: 'Atalhos de teclado',
    file: 'Arquivo',
    edit: 'Editar',
    view: 'Visualizar',
    window: 'Janela',
  },
  signInReturn: {
    title: 'Início de sessão no Switchboard',
    signedIn: 'A sessão foi iniciada. Pode fechar esta janela e voltar ao Switchboard.',
    failures: {
      sso_expired: 'Este início de sessão não foi começado aqui ou demorou demasiado. Comece-o de novo no Switchboard.',
      sso_cancelled: 'O início de sessão foi cancelado no fornecedor de identidade. Comece-o de novo no Switchboard.',
      sso_refused:
        'O fornecedor de identidade autenticou-o, mas o Switchboard não lhe dá acesso. Peça a um administrador que o adicione ou lhe atribua uma função.',
      queue_unreachable: 'Não foi possível contactar a fila central. Tente de novo daqui a pouco.',
    },
  },
} satisfies Catalog<typeof en>;
