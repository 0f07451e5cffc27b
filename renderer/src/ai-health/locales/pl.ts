import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'Kondycja AI',
  title: 'Kondycja AI',
  intro:
    'Co znalazły własne kontrole AI: API narzędzia, które odpowiedziało poza swoim opisem, przebiegi cieniowe bieżącego promptu i modelu wobec Twojej tolerancji oraz miesięczny budżet modelu.',
  refresh: 'Odśwież',
  needsNetwork: 'Kondycję AI przechowuje centralna kolejka: pojawi się, gdy konsola będzie online.',
  badge: 'niewidziane alarmy: {{count}}',
  events: 'Zdarzenia, najnowsze najpierw',
  alertCount: 'Alarmy: {{count}} z {{total}} zdarzeń.',
  none: 'Jeszcze nic nie zgłoszono.',
  alert: 'Alarm',
  openTicket: 'Zgłoszenie {{id}}',
  reported: 'Zgłoszono w ciągu godziny: {{count}}',
  kind: {
    integration_drift: 'Rozjazd integracji',
    shadow_run: 'Przebieg cieniowy',
    budget: 'Budżet',
  },
  drift: {
    title: 'API narzędzia {{api}} odpowiedziało poza swoim opisem w operacji',
    escalated: 'Zgłoszenie trafiło do człowieka:',
  },
  shadow: {
    title: 'Ponownie rozstrzygnięte rozwiązane zgłoszenia ({{sampled}}) przy użyciu',
    agreement: 'Zgodność {{value}} (alarm poniżej {{tolerance}})',
    refusals: 'Odmowy zabezpieczeń {{value}} (alarm powyżej {{tolerance}})',
    disagreements: 'Zgłoszenia rozstrzygnięte inaczej',
    change: 'wcześniej {{was}}, teraz {{now}}',
    resolve: 'rozwiązane przez AI',
    escalate: 'do ludzi ({{queue}})',
  },
  budget: {
    warning: 'W {{month}} wydatki na model osiągnęły {{spent}} z budżetu {{budget}}.',
    exhausted: 'W {{month}} wydatki na model osiągnęły {{spent}}: budżet {{budget}} się wyczerpał.',
  },
  spend: {
    title: 'Wydatki na model w {{month}}',
    ofBudget: '{{spent}} z budżetu {{budget}} ({{share}}).',
    noBudget: '{{spent}}; zasada kierowania nie ustala budżetu.',
    warning: 'Osiągnięto poziom ostrzeżenia.',
    exhausted: 'Budżet wyczerpany.',
    byRoute: 'Według drogi',
    route: 'Droga',
    decisions: 'Decyzje',
    tokens: 'Tokeny',
    cost: 'Koszt',
  },
} satisfies Catalog<typeof en>;
