import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  mail: {
    showQuoted: 'Mostrar texto citado y firma',
    hideQuoted: 'Ocultar texto citado y firma',
    automatic: {
      auto_reply: 'Enviado automáticamente (respuesta automática o fuera de la oficina): la IA no lo respondió.',
      bounce: 'Un aviso de fallo de entrega de un servidor de correo: la IA no lo respondió.',
      mailing_list: 'Enviado por una lista de correo: la IA no lo respondió.',
    },
    attachments: 'Adjuntos',
    download: 'Descargar {{name}}',
    notStored: 'No guardado: supera el límite de tamaño',
  },
  errors: {
    needs_network:
      'Esto necesita la cola central, que ahora no está accesible. Inténtelo de nuevo cuando la consola esté en línea.',
    not_failed: 'Esta respuesta ya no está fallida: se reintentó o se envió entretanto.',
    not_stored: 'Este adjunto no se guardó (superaba el límite de tamaño).',
    not_found: 'La cola no conoce este elemento.',
    generic: 'No funcionó: {{message}}',
  },
  channel: {
    queue: 'Cola responsable',
    chooseQueue: 'Elija una cola',
    enabled: 'Activado',
    imapUrl: 'URL IMAP (entrante)',
    imapUrlHint: 'imaps://USUARIO@HOST para TLS, o imap://USUARIO@HOST con STARTTLS. Sin contraseña aquí.',
    smtpUrl: 'URL SMTP (saliente)',
    smtpUrlHint: 'smtps://USUARIO@HOST para TLS, o smtp://USUARIO@HOST:587 con STARTTLS. Sin contraseña aquí.',
    fromName: 'Nombre del remitente',
    fromAddress: 'Dirección del remitente',
    mailbox: 'Carpeta del buzón',
    pollSeconds: 'Comprobar cada (segundos)',
    pollSecondsHint: 'Se usa cuando el servidor no tiene IDLE: de 5 a 3600.',
    status: 'Estado',
    statusUnknown: 'El estado se lee de la cola cuando hay conexión.',
    running: 'En marcha',
    stopped: 'Detenido',
    lastError: 'Último error:',
    counts: '{{queued}} en cola · {{failed}} fallidos · {{setAside}} apartados',
    lastMail: 'Último correo leído: {{at}}',
    passwords: 'Contraseñas',
    passwordsHint:
      'Se guardan cifradas en la cola y nunca se vuelven a mostrar. Deje vacía la de SMTP para usar la de IMAP.',
    passwordsSet: 'Contraseñas: definidas',
    passwordsNotSet: 'Contraseñas: sin definir',
    imapPassword: 'Contraseña IMAP',
    smtpPassword: 'Contraseña SMTP (opcional)',
    savePasswords: 'Guardar contraseñas',
    passwordsStored: 'Contraseñas guardadas.',
    passwordRequired: 'Escriba la contraseña IMAP.',
    saveFirst: 'Guarde primero el canal; después podrá guardar sus contraseñas y probar la conexión.',
    test: 'Probar conexión',
    testing: 'Probando ambos sentidos…',
    imap: 'Entrante (IMAP)',
    smtp: 'Saliente (SMTP)',
    ok: 'funciona',
    failedCheck: 'falló',
  },
  rule: {
    imapUrl:
      'Escriba imaps://USUARIO@HOST[:PUERTO] (TLS) o imap://USUARIO@HOST[:PUERTO] (STARTTLS), con el usuario y sin contraseña; ?security=none solo para un host de loopback.',
    smtpUrl:
      'Escriba smtps://USUARIO@HOST[:PUERTO] (TLS) o smtp://USUARIO@HOST[:PUERTO] (STARTTLS), con el usuario y sin contraseña; ?security=none solo para un host de loopback.',
    fromAddress: 'Escriba la dirección desde la que se envían las respuestas, como support@example.com.',
    fromName: 'Indique el nombre que aparece junto a la dirección del remitente (200 caracteres como máximo).',
    mailbox: 'Indique la carpeta IMAP de la que se lee el correo nuevo, como INBOX.',
    pollSeconds: 'Un número entero de segundos de 5 a 3600.',
    queueId: 'Elija la cola donde esperan los tickets nuevos de este buzón.',
  },
} satisfies Catalog<typeof en>;
