import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** A reply's delivery line on every channel (pt). */
export default {
  label: 'Entrega',
  email: { queued: 'Na fila para envio a {{to}}', sent: 'Enviado para {{to}}', failed: 'Não entregue a {{to}}' },
  chat: {
    queued: 'Aguardando ser exibido no chat do cliente',
    sent: 'Exibido ao cliente',
    failed: 'Não exibido ao cliente',
  },
  messaging: {
    queued: 'Na fila do canal, para {{to}}',
    sent: 'Aceito pelo canal para {{to}}',
    failed: 'Não entregue a {{to}}',
  },
  reason: 'Motivo:',
  attempts: 'Tentativas: {{count}}',
  retry: 'Tentar novamente',
  retrying: 'Tentando novamente…',
  copy: 'Copiar texto',
  copied: 'Copiado: envie-o por outro meio.',
  copyFailed: 'Não foi possível copiar o texto; selecione-o na mensagem.',
} satisfies Catalog<typeof en>;
