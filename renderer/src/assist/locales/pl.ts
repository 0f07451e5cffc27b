import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The AI's help on a ticket and the two-way reply translation, Polish. */
export default {
  title: 'Pomoc AI',
  shortcut: 'Przejdź do pomocy AI',
  route: {
    builtin: 'Wbudowany silnik',
    model: 'Model',
    person: 'Osoba',
  },
  routeLabel: 'Ścieżka',
  modelLabel: 'Model',
  promptLabel: 'Prompt',
  costLabel: 'Koszt',
  latencyLabel: 'Czas',
  noCost: 'brak',
  belowCent: 'poniżej {{amount}}',
  citations: 'Źródła szkicu',
  citation: '[{{n}}] {{title}}',
  suggestedMacros: 'Sugerowane makra',
  insertMacro: 'Wstaw {{name}}',
  suggestedArticles: 'Sugerowane artykuły',
  open: 'Otwórz {{title}}',
  article: {
    cited: 'Cytowany fragment',
    insert: 'Wstaw do odpowiedzi',
    close: 'Zamknij',
    missing: 'Tego artykułu nie ma w kopii ustawień tej konsoli.',
  },
  reply: {
    translate: 'Przetłumacz na język: {{language}}',
    translating: 'Tłumaczenie…',
    shortcut: 'Przetłumacz moją odpowiedź na język klienta',
    translated: '{{language}}: to zostanie wysłane',
    back: 'Z powrotem na język: {{language}}, do sprawdzenia',
    use: 'Użyj tego tłumaczenia',
    stale: 'Odpowiedź zmieniła się po przetłumaczeniu; przetłumacz ją ponownie.',
    failed: 'Nie udało się przetłumaczyć odpowiedzi, nic nie wysłano: {{message}}',
  },
} satisfies Catalog<typeof en>;
