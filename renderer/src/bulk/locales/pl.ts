import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The inbox's selection and bulk bar (pl). */
export default {
  label: 'Działania zbiorcze na wybranych zgłoszeniach',
  actions: 'Działania na zaznaczeniu',
  selected: 'Zaznaczone: {{count}}',
  running: 'Trwa działanie na zaznaczeniu… ({{count}})',
  assignToMe: 'Przypisz do mnie',
  tag: 'Otaguj…',
  snooze: 'Odłóż…',
  resolveWithMacro: 'Rozwiąż makrem…',
  clear: 'Wyczyść zaznaczenie',
  rowSelected: 'Zaznaczone do działania zbiorczego',
  toggleShortcut: 'Zaznacz lub odznacz wiersz skrzynki',
  selectAllShortcut: 'Zaznacz wszystkie widoczne wiersze skrzynki',
  clearShortcut: 'Wyczyść zaznaczenie w skrzynce',
  tagTitle: 'Tagi wybranych zgłoszeń ({{count}})',
  snoozeTitle: 'Odłóż wybrane zgłoszenia ({{count}})',
  macroTitle: 'Rozwiąż wybrane zgłoszenia makrem ({{count}})',
  refused: 'Odrzucone, każde z powodem: {{count}}',
  done: {
    assign_to_me: 'Przypisane do Ciebie: {{count}}',
    tag: 'Zmienione tagi: {{count}}',
    snooze: 'Odłożone: {{count}}',
    resolve_with_macro: 'Odpowiedziane i rozwiązane: {{count}}',
  },
} satisfies Catalog<typeof en>;
