import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** A reply's delivery line on every channel (es). */
export default {
  label: 'Entrega',
  email: { queued: 'En cola para enviar a {{to}}', sent: 'Enviado a {{to}}', failed: 'No entregado a {{to}}' },
  chat: {
    queued: 'Esperando a que el chat del cliente lo muestre',
    sent: 'Mostrado al cliente',
    failed: 'No mostrado al cliente',
  },
  messaging: {
    queued: 'En cola para el canal, para {{to}}',
    sent: 'Aceptado por el canal para {{to}}',
    failed: 'No entregado a {{to}}',
  },
  reason: 'Motivo:',
  attempts: 'Intentos: {{count}}',
  retry: 'Reintentar',
  retrying: 'Reintentando…',
  copy: 'Copiar texto',
  copied: 'Copiado: envíelo por otra vía.',
  copyFailed: 'No se pudo copiar el texto; selecciónelo en el mensaje.',
} satisfies Catalog<typeof en>;
