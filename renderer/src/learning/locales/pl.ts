import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'Uczenie AI',
  title: 'Czego AI nauczyła się z Twoich zgłoszeń',
  intro:
    'Zgłoszenia, które zespół rozwiązuje opublikowanym artykułem wskazującym jedną intencję, uczą AI tej intencji. AI douczają się w tle i zachowuje nowy model tylko wtedy, gdy nie jest gorszy na zgłoszeniach, na których nigdy nie był trenowany.',
  loading: 'Wczytywanie…',
  none: 'Jeszcze niczego się nie nauczyła: AI douczy się, gdy wystarczająco wiele zgłoszeń zostanie rozwiązanych artykułem.',
  inUse: 'Używany model',
  fromTrainingData: 'Model z danych treningowych (nic wyuczonego z Twoich zgłoszeń nie jest używane).',
  trainedAt: 'Wytrenowany {{at}}',
  examples: 'Z {{history}} rozwiązanych zgłoszeń ({{base}} przykładów z danych treningowych)',
  accuracy: 'Trafność intencji na odłożonych zgłoszeniach',
  containment: 'Rozwiązane przez AI przy ≤ 0,8 % błędów',
  intentsTitle: 'Wyuczone intencje',
  intentColumn: 'Intencja',
  countColumn: 'Przykłady',
  historyTitle: 'Douczenia',
  adopted: 'Przyjęty',
  notAdopted: 'Nieprzyjęty',
  undo: 'Cofnij ostatnie douczenie',
  undoHint: 'Wraca do poprzedniego modelu; AI podąży za tym w ciągu minuty.',
  undone: 'Cofnięto. AI wraca do poprzedniego modelu.',
  conflict: 'W międzyczasie AI zapisała nowe douczenie. Sprawdź ponownie, a potem cofnij.',
  failed: 'Nie zapisano cofnięcia: {{message}}',
} satisfies Catalog<typeof en>;
