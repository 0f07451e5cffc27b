import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The inbox's selection and bulk bar (nl). */
export default {
  label: 'Bulkacties op de geselecteerde tickets',
  actions: 'Acties op de selectie',
  selected: 'Geselecteerd: {{count}}',
  running: 'Bezig met de selectie… ({{count}})',
  assignToMe: 'Aan mij toewijzen',
  tag: 'Labelen…',
  snooze: 'Uitstellen…',
  resolveWithMacro: 'Oplossen met macro…',
  clear: 'Selectie wissen',
  rowSelected: 'Geselecteerd voor een bulkactie',
  toggleShortcut: 'Inboxregel selecteren of deselecteren',
  selectAllShortcut: 'Alle getoonde inboxregels selecteren',
  clearShortcut: 'Inboxselectie wissen',
  tagTitle: 'Labels van de geselecteerde tickets ({{count}})',
  snoozeTitle: 'Geselecteerde tickets uitstellen ({{count}})',
  macroTitle: 'Geselecteerde tickets oplossen met een macro ({{count}})',
  refused: 'Geweigerd, elk met de reden: {{count}}',
  done: {
    assign_to_me: 'Aan u toegewezen: {{count}}',
    tag: 'Labels gewijzigd: {{count}}',
    snooze: 'Uitgesteld: {{count}}',
    resolve_with_macro: 'Beantwoord en opgelost: {{count}}',
  },
} satisfies Catalog<typeof en>;
