import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  starting_one:
    'IA iniciándose: {{count, number}} ticket en espera. Los tickets escalados aparecerán aquí a medida que la IA decida.',
  starting_many:
    'IA iniciándose: {{count, number}} tickets en espera. Los tickets escalados aparecerán aquí a medida que la IA decida.',
  starting_other:
    'IA iniciándose: {{count, number}} tickets en espera. Los tickets escalados aparecerán aquí a medida que la IA decida.',
  deciding_one: 'La IA está decidiendo sobre {{count, number}} ticket nuevo. Los tickets escalados aparecerán aquí.',
  deciding_many: 'La IA está decidiendo sobre {{count, number}} tickets nuevos. Los tickets escalados aparecerán aquí.',
  deciding_other:
    'La IA está decidiendo sobre {{count, number}} tickets nuevos. Los tickets escalados aparecerán aquí.',
  waiting_one: '{{count, number}} ticket nuevo espera a la IA. Los tickets escalados aparecerán aquí cuando se decida.',
  waiting_many:
    '{{count, number}} tickets nuevos esperan a la IA. Los tickets escalados aparecerán aquí cuando se decidan.',
  waiting_other:
    '{{count, number}} tickets nuevos esperan a la IA. Los tickets escalados aparecerán aquí cuando se decidan.',
  failed: 'La IA de esta consola no pudo iniciarse; consulte su registro.',
} satisfies Catalog<typeof en>;
