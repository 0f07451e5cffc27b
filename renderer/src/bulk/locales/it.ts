import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The inbox's selection and bulk bar (it). */
export default {
  label: 'Azioni multiple sui ticket selezionati',
  actions: 'Azioni sulla selezione',
  selected: 'Selezionati: {{count}}',
  running: 'Applicazione alla selezione… ({{count}})',
  assignToMe: 'Assegna a me',
  tag: 'Etichetta…',
  snooze: 'Posticipa…',
  resolveWithMacro: 'Risolvi con macro…',
  clear: 'Annulla selezione',
  rowSelected: 'Selezionato per un’azione multipla',
  toggleShortcut: 'Seleziona o deseleziona la riga della posta in arrivo',
  selectAllShortcut: 'Seleziona tutte le righe mostrate della posta in arrivo',
  clearShortcut: 'Annulla la selezione della posta in arrivo',
  tagTitle: 'Etichette dei ticket selezionati ({{count}})',
  snoozeTitle: 'Posticipa i ticket selezionati ({{count}})',
  macroTitle: 'Risolvi i ticket selezionati con una macro ({{count}})',
  refused: 'Rifiutati, ognuno con il motivo: {{count}}',
  done: {
    assign_to_me: 'Assegnati a te: {{count}}',
    tag: 'Etichette cambiate: {{count}}',
    snooze: 'Posticipati: {{count}}',
    resolve_with_macro: 'Risposti e risolti: {{count}}',
  },
} satisfies Catalog<typeof en>;
