import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  starting_one:
    'IA a iniciar: {{count, number}} ticket em espera. Os tickets escalados aparecem aqui à medida que a IA decide.',
  starting_many:
    'IA a iniciar: {{count, number}} tickets em espera. Os tickets escalados aparecem aqui à medida que a IA decide.',
  starting_other:
    'IA a iniciar: {{count, number}} tickets em espera. Os tickets escalados aparecem aqui à medida que a IA decide.',
  deciding_one: 'A IA está a decidir sobre {{count, number}} ticket novo. Os tickets escalados aparecem aqui.',
  deciding_many: 'A IA está a decidir sobre {{count, number}} tickets novos. Os tickets escalados aparecem aqui.',
  deciding_other: 'A IA está a decidir sobre {{count, number}} tickets novos. Os tickets escalados aparecem aqui.',
  waiting_one: '{{count, number}} ticket novo aguarda a IA. Os tickets escalados aparecem aqui depois da decisão.',
  waiting_many: '{{count, number}} tickets novos aguardam a IA. Os tickets escalados aparecem aqui depois da decisão.',
  waiting_other: '{{count, number}} tickets novos aguardam a IA. Os tickets escalados aparecem aqui depois da decisão.',
  failed: 'A IA desta consola não conseguiu iniciar; consulte o registo.',
} satisfies Catalog<typeof en>;
