import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The inbox's selection and bulk bar (de). */
export default {
  label: 'Sammelaktionen für die ausgewählten Tickets',
  actions: 'Aktionen für die Auswahl',
  selected: 'Ausgewählt: {{count}}',
  running: 'Auswahl wird bearbeitet… ({{count}})',
  assignToMe: 'Mir zuweisen',
  tag: 'Verschlagworten…',
  snooze: 'Zurückstellen…',
  resolveWithMacro: 'Mit Textbaustein lösen…',
  clear: 'Auswahl aufheben',
  rowSelected: 'Für eine Sammelaktion ausgewählt',
  toggleShortcut: 'Posteingangszeile aus- oder abwählen',
  selectAllShortcut: 'Alle angezeigten Posteingangszeilen auswählen',
  clearShortcut: 'Auswahl im Posteingang aufheben',
  tagTitle: 'Schlagwörter der ausgewählten Tickets ({{count}})',
  snoozeTitle: 'Ausgewählte Tickets zurückstellen ({{count}})',
  macroTitle: 'Ausgewählte Tickets mit einem Textbaustein lösen ({{count}})',
  refused: 'Abgelehnt, jeweils mit Grund: {{count}}',
  done: {
    assign_to_me: 'Ihnen zugewiesen: {{count}}',
    tag: 'Schlagwörter geändert: {{count}}',
    snooze: 'Zurückgestellt: {{count}}',
    resolve_with_macro: 'Beantwortet und gelöst: {{count}}',
  },
} satisfies Catalog<typeof en>;
