import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The tenant settings workspace's texts (pl). */
export default {
  nav: 'Ustawienia najemcy',
  title: 'Ustawienia najemcy',
  sectionsLabel: 'Sekcje ustawień',
  loading: 'Wczytywanie ustawień najemcy…',
  offline:
    'Offline: czytasz kopię ustawień z tej konsoli. Zapisywanie będzie znów możliwe, gdy kolejka centralna będzie osiągalna.',
  offlineSince:
    'Offline: czytasz kopię ustawień z tej konsoli z {{at}}. Zapisywanie będzie znów możliwe, gdy kolejka centralna będzie osiągalna.',
  shortcuts: 'Alt+N nowy · Ctrl+S zapisz · Esc powrót do listy · ↑ ↓ poruszanie się po liście',
  kinds: {
    queue: {
      title: 'Kolejki',
      new: 'Nowa kolejka',
      empty: 'Brak kolejek.',
    },
    sla_policy: {
      title: 'Zasady SLA',
      new: 'Nowa zasada SLA',
      empty: 'Brak zasad SLA.',
    },
    tag: {
      title: 'Tagi',
      new: 'Nowy tag',
      empty: 'Brak tagów.',
    },
    macro: {
      title: 'Makra',
      new: 'Nowe makro',
      empty: 'Brak makr.',
    },
    channel: {
      title: 'Kanały',
      new: 'Nowy kanał',
      empty: 'Brak kanałów.',
    },
    widget: { title: 'Widżety czatu', new: 'Nowy widżet czatu', empty: 'Brak widżetów czatu.' },
    webhook: { title: 'Webhooki', new: 'Nowy webhook', empty: 'Brak webhooków.' },
  },
  form: {
    id: 'Identyfikator',
    idHint: 'Litery, cyfry, _ . lub -, zaczynając od litery lub cyfry. Później nie można go zmienić.',
    idTaken: 'Inny element ma już identyfikator {{id}}.',
    name: 'Nazwa',
    description: 'Opis',
    save: 'Zapisz',
    delete: 'Usuń',
    keep: 'Zachowaj',
    close: 'Powrót do listy',
    editing: 'Edycja {{id}}',
    version: 'Wersja {{version}}, zapisana przez {{by}} {{at}}',
    saved: 'Zapisano jako wersję {{version}}. Każda konsola najemcy otrzyma ją przy następnej synchronizacji.',
    deleted: 'Usunięto {{id}}.',
    confirmDelete: 'Usunąć {{id}}? Konsole przestaną to oferować po następnej synchronizacji.',
    pick: 'Wybierz element z listy albo utwórz nowy.',
    pickReadOnly: 'Wybierz element z listy, aby go przeczytać.',
  },
  conflict: {
    saved:
      '{{by}} zapisał(a) wersję {{version}} tego elementu {{at}}, gdy go edytowałeś(-aś). Twoje zmiany nadal tu są.',
    deleted: '{{by}} usunął(-ęła) ten element {{at}}, gdy go edytowałeś(-aś). Twoje zmiany nadal tu są.',
    missing: 'Ten element nie jest (już) zapisany w kolejce centralnej. Twoje zmiany nadal tu są.',
    loadTheirs: 'Wczytaj ich wersję',
    drop: 'Odrzuć moje zmiany',
    overwrite: 'Zapisz moje zamiast ich',
    deleteAnyway: 'Usuń mimo to',
  },
  inUse: {
    sentence:
      'Nie można usunąć kolejki {{queue}}, dopóki jest używana: {{uses}}. Przypisz je do innej kolejki lub najpierw je usuń.',
    rules_one: '{{count}} reguła eskalacji ({{names}})',
    rules_few: '{{count}} reguły eskalacji ({{names}})',
    rules_many: '{{count}} reguł eskalacji ({{names}})',
    rules_other: '{{count}} reguły eskalacji ({{names}})',
    slaPolicy: 'jej zasada SLA',
    channels_one: '{{count}} kanał ({{names}})',
    channels_few: '{{count}} kanały ({{names}})',
    channels_many: '{{count}} kanałów ({{names}})',
    channels_other: '{{count}} kanału ({{names}})',
    quoted: '„{{name}}”',
  },
  tag: {
    color: 'Kolor',
    colorHint: 'Zapisany jako #rrggbb; pozostaw puste, aby nie używać koloru.',
    pick: 'Wybierz kolor',
    aiIntents: 'AI nadaje go dla intencji',
    aiIntentsHint:
      'Nazwy intencji oddzielone przecinkami, np. card_arrival: AI oznacza zgłoszenie, które zaklasyfikuje do jednej z nich. Zostaw puste, jeśli ten tag nadają tylko ludzie.',
  },
  sla: {
    queue: 'Kolejka',
    chooseQueue: 'Wybierz kolejkę bez zasady',
    timeZone: 'Strefa czasowa',
    timeZoneHint: 'Nazwa IANA, np. Europe/Warsaw lub Asia/Tokyo.',
    hours: 'Godziny pracy',
    hoursHint: 'Przedziały otwarcia dla dnia tygodnia, np. 09:00-12:00, 13:00-17:00. Dzień zamknięty pozostaw pusty.',
    span: 'Przedział {{number}}',
    holidays: 'Dni wolne',
    holidaysHint: 'Jedna data w wierszu, w formacie RRRR-MM-DD.',
    holiday: 'Dzień wolny {{number}} ({{date}})',
    targets: 'Cele dla poziomów klientów',
    targetsHint: 'W minutach roboczych: 60 to jedna godzina pracy.',
    firstReplyMinutes: 'Pierwsza odpowiedź w ciągu (minut)',
    resolutionMinutes: 'Rozwiązanie w ciągu (minut)',
  },
  macro: {
    text: 'Tekst',
    variables: 'Zmienne',
    variablesHint: 'Wstaw w miejscu kursora:',
    insert: 'Wstaw {{variable}}',
    preview: 'Podgląd',
    previewHint: 'Wypełnione jak dla przykładowego zgłoszenia.',
    sample: {
      customerName: 'Maria Kowalska',
      market: 'Polska',
      subject: 'Zwrot za zamówienie 1042',
      queue: 'Rozliczenia',
      agentName: 'Aleks Nowak',
    },
  },
  rule: {
    queueIdFormat:
      'Identyfikator kolejki ma od 1 do 63 małych liter (a–z), cyfr, - lub _ i zaczyna się od litery lub cyfry. Później nie można go zmienić.',
    id: 'Identyfikator ma od 1 do 100 liter (a–z, A–Z), cyfr, _ . lub - i zaczyna się od litery lub cyfry.',
    queueId: 'Wybierz kolejkę najemcy, która nie ma jeszcze zasady.',
    name: 'Podaj nazwę o długości najwyżej 200 znaków (dla tagu 100).',
    description: 'Opis ma najwyżej 1000 znaków.',
    color: 'Zapisz kolor jako # i sześć cyfr szesnastkowych, np. #1f5fbf, albo zostaw puste.',
    aiIntents:
      'Nazwy intencji z liter, cyfr, _ . ? i - (każda najwyżej 100 znaków), oddzielone przecinkami; najwyżej 50.',
    text: 'Napisz tekst o długości najwyżej 20 000 znaków.',
    timeZone: 'Nieznana strefa czasowa: użyj nazwy IANA, np. Europe/Warsaw lub Asia/Tokyo.',
    week: 'Otwórz co najmniej jeden przedział w tygodniu.',
    spans:
      'Zapisz każdy przedział jako GG:MM-GG:MM między 00:00 a 24:00, z końcem po początku, po kolei i bez nakładania się (najwyżej 6 dziennie). Nocna zmiana to dwa przedziały: 22:00-24:00 i 00:00-06:00 następnego dnia.',
    holidays: 'Zapisz każdy dzień wolny raz, jako prawdziwą datę RRRR-MM-DD (lata 1900–9999); najwyżej 500.',
    tier: 'Każdy poziom klienta potrzebuje celu pierwszej odpowiedzi i celu rozwiązania.',
    target:
      'Liczba całkowita minut roboczych od 1 do 525 600. Cel rozwiązania nie jest krótszy niż cel pierwszej odpowiedzi, a godziny pracy muszą wystarczyć, by go osiągnąć.',
  },
} satisfies Catalog<typeof en>;
