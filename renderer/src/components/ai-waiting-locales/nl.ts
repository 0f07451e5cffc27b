import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  starting_one:
    'AI start op: {{count, number}} ticket wacht. Geëscaleerde tickets verschijnen hier zodra de AI beslist.',
  starting_other:
    'AI start op: {{count, number}} tickets wachten. Geëscaleerde tickets verschijnen hier zodra de AI beslist.',
  deciding_one: 'De AI beslist over {{count, number}} nieuw ticket. Geëscaleerde tickets verschijnen hier.',
  deciding_other: 'De AI beslist over {{count, number}} nieuwe tickets. Geëscaleerde tickets verschijnen hier.',
  waiting_one:
    '{{count, number}} nieuw ticket wacht op de AI. Geëscaleerde tickets verschijnen hier zodra erover beslist is.',
  waiting_other:
    '{{count, number}} nieuwe tickets wachten op de AI. Geëscaleerde tickets verschijnen hier zodra erover beslist is.',
  failed: 'De AI van deze console kon niet starten; zie het logboek.',
} satisfies Catalog<typeof en>;
