import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  starting_one:
    'KI startet: {{count, number}} Ticket wartet. Eskalierte Tickets erscheinen hier, sobald die KI entscheidet.',
  starting_other:
    'KI startet: {{count, number}} Tickets warten. Eskalierte Tickets erscheinen hier, sobald die KI entscheidet.',
  deciding_one: 'Die KI entscheidet über {{count, number}} neues Ticket. Eskalierte Tickets erscheinen hier.',
  deciding_other: 'Die KI entscheidet über {{count, number}} neue Tickets. Eskalierte Tickets erscheinen hier.',
  waiting_one:
    '{{count, number}} neues Ticket wartet auf die KI. Eskalierte Tickets erscheinen hier, sobald entschieden ist.',
  waiting_other:
    '{{count, number}} neue Tickets warten auf die KI. Eskalierte Tickets erscheinen hier, sobald entschieden ist.',
  failed: 'Die KI dieser Konsole konnte nicht starten; siehe ihr Protokoll.',
} satisfies Catalog<typeof en>;
