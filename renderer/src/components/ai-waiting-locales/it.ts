import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  starting_one:
    'IA in avvio: {{count, number}} ticket in attesa. I ticket inoltrati appariranno qui man mano che l’IA decide.',
  starting_many:
    'IA in avvio: {{count, number}} ticket in attesa. I ticket inoltrati appariranno qui man mano che l’IA decide.',
  starting_other:
    'IA in avvio: {{count, number}} ticket in attesa. I ticket inoltrati appariranno qui man mano che l’IA decide.',
  deciding_one: 'L’IA sta valutando {{count, number}} nuovo ticket. I ticket inoltrati appariranno qui.',
  deciding_many: 'L’IA sta valutando {{count, number}} nuovi ticket. I ticket inoltrati appariranno qui.',
  deciding_other: 'L’IA sta valutando {{count, number}} nuovi ticket. I ticket inoltrati appariranno qui.',
  waiting_one: '{{count, number}} nuovo ticket attende l’IA. I ticket inoltrati appariranno qui dopo la decisione.',
  waiting_many: '{{count, number}} nuovi ticket attendono l’IA. I ticket inoltrati appariranno qui dopo la decisione.',
  waiting_other: '{{count, number}} nuovi ticket attendono l’IA. I ticket inoltrati appariranno qui dopo la decisione.',
  failed: 'L’IA di questa console non è riuscita ad avviarsi; vedi il suo registro.',
} satisfies Catalog<typeof en>;
