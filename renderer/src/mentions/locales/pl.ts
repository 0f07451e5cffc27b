import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Mentions: the note editor's `@` completion, the Mentions view and its notices (pl). */
export default {
  tab: 'Wzmianki',
  title: 'Notatki, które cię wspominają',
  empty: 'Żadna notatka jeszcze cię nie wspomina.',
  unread: 'Nieprzeczytane',
  by: '{{by}} napisał(a)',
  someone: 'Współpracownik',
  open: 'Otwórz',
  loadFailed: 'Nie udało się odczytać twoich wzmianek: {{reason}}',
  goShortcut: 'Przejdź do swoich wzmianek',
  typeShortcut: 'Wspomnij współpracownika w notatce',
  editorHint: 'Wpisz @, aby wspomnieć współpracownika w notatce.',
  completion: {
    label: 'Osoby do wspomnienia',
    offline: 'Offline: osoby według ostatniego odczytu z kolejki',
    none: 'Nikt nie pasuje do „{{query}}”',
    loadFailed: 'Nie udało się wyświetlić osób: {{reason}}',
  },
  notice: {
    region: 'Wzmianki o tobie',
    title: '{{by}} wspomniał(a) o tobie',
    dismiss: 'Zamknij',
  },
} satisfies Catalog<typeof en>;
