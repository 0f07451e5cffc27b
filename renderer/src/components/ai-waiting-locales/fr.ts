import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  starting_one:
    'IA en cours de démarrage : {{count, number}} ticket en attente. Les tickets escaladés apparaîtront ici au fil des décisions de l’IA.',
  starting_many:
    'IA en cours de démarrage : {{count, number}} tickets en attente. Les tickets escaladés apparaîtront ici au fil des décisions de l’IA.',
  starting_other:
    'IA en cours de démarrage : {{count, number}} tickets en attente. Les tickets escaladés apparaîtront ici au fil des décisions de l’IA.',
  deciding_one: 'L’IA traite {{count, number}} nouveau ticket. Les tickets escaladés apparaîtront ici.',
  deciding_many: 'L’IA traite {{count, number}} nouveaux tickets. Les tickets escaladés apparaîtront ici.',
  deciding_other: 'L’IA traite {{count, number}} nouveaux tickets. Les tickets escaladés apparaîtront ici.',
  waiting_one:
    '{{count, number}} nouveau ticket attend l’IA. Les tickets escaladés apparaîtront ici une fois la décision prise.',
  waiting_many:
    '{{count, number}} nouveaux tickets attendent l’IA. Les tickets escaladés apparaîtront ici une fois la décision prise.',
  waiting_other:
    '{{count, number}} nouveaux tickets attendent l’IA. Les tickets escaladés apparaîtront ici une fois la décision prise.',
  failed: 'L’IA de cette console n’a pas pu démarrer ; consultez son journal.',
} satisfies Catalog<typeof en>;
