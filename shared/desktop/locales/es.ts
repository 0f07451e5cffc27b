import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: 'Nueva escalación',
  mentioned: '{{by}} te mencionó en una nota',
  mentionedBySomeone: 'Un compañero',
  newEscalations_one: '{{count, number}} nueva escalación',
  newEscalations_many: '{{count, number}} de nuevas escalaciones',
  newEscalations_other: '{{count, number}} nuevas escalaciones',
  andMore_one: '{{first}} y {{count, number}} más',
  andMore_many: '{{first}} y {{count, number}} más',
  andMore_other: '{{first}} y {{count, number}} más',
  unreadTitle_one: '({{count, number}}) {{app}}: {{count, number}} escalación sin leer',
  unreadTitle_many: '({{count, number}}) {{app}}: {{count, number}} de escalaciones sin leer',
  unreadTitle_other: '({{count, number}}) {{app}}: {{count, number}} escalaciones sin leer',
  tray: {
    connecting: 'Switchboard: conectando',
    noneWaiting: 'Switchboard: no hay escalaciones pendientes',
    waiting_one: 'Switchboard: {{count, number}} escalación pendiente',
    waiting_many: 'Switchboard: {{count, number}} de escalaciones pendientes',
    waiting_other: 'Switchboard: {{count, number}} escalaciones pendientes',
  },
  menu: {
    showConsole: 'Mostrar la consola',
    quit: 'Salir de Switchboard',
    settings: 'Configuración…',
    shortcuts: 'Atajos de teclado',
    file: 'Archivo',
    edit: 'Edición',
    view: 'Ver',
    window: 'Ventana',
  },
  signInReturn: {
    title: 'Inicio de sesión en Switchboard',
    signedIn: 'Has iniciado sesión. Puedes cerrar esta ventana y volver a Switchboard.',
    failures: {
      sso_expired: 'Este inicio de sesión no se empezó aquí o tardó demasiado. Vuelve a empezarlo desde Switchboard.',
      sso_cancelled:
        'El inicio de sesión se canceló en el proveedor de identidad. Vuelve a empezarlo desde Switchboard.',
      sso_refused:
        'El proveedor de identidad te ha identificado, pero Switchboard no te da acceso. Pide a un administrador que te añada o te asigne un rol.',
      queue_unreachable: 'No se pudo contactar con la cola central. Inténtalo de nuevo en un momento.',
    },
  },
} satisfies Catalog<typeof en>;
