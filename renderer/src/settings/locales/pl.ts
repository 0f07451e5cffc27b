import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'Dostawca AI',
  intro:
    'Punkt końcowy zgodny z OpenAI (OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp) tłumaczy zgłoszenia na Twój język. Ustawienie dotyczy tylko tej konsoli.',
  loading: 'Wczytywanie ustawień dostawcy…',
  unsupported: 'Ten host konsoli nie może zmienić dostawcy AI.',
  statusNone: 'Nie ustawiono dostawcy: zgłoszenia nie są tłumaczone.',
  statusSaved: 'W użyciu: {{model}} pod adresem {{baseURL}}.',
  statusStartup:
    'W użyciu z opcji uruchomienia: {{model}} pod adresem {{baseURL}}. Zapisanie tutaj zastąpi je do następnego uruchomienia.',
  baseUrl: 'Bazowy URL',
  baseUrlHint: 'Na przykład {{openai}} albo {{ollama}} dla Ollamy na tym komputerze.',
  model: 'Model',
  embeddingsModel: 'Model embeddingów (opcjonalnie)',
  embeddingsModelHint:
    'Dzięki niemu AI znajduje artykuły potrzebne do odpowiedzi według ich znaczenia, a nie tylko słów, na przykład {{example}}. Zostaw pole puste, jeśli serwer nie oferuje embeddingów.',
  timeout: 'Limit czasu na żądanie (sekundy)',
  apiKey: 'Klucz API',
  keyStored:
    'Klucz jest zapisany; nigdy nie jest wyświetlany. Wpisz nowy, aby go zastąpić, albo zostaw pole puste, aby go zachować.',
  keyNone: 'Nie zapisano klucza. Lokalne serwery, takie jak Ollama, vLLM czy llama.cpp, go nie potrzebują.',
  keyStorageKeychain: 'Klucz jest przechowywany w pęku kluczy systemu.',
  keyStorageFile:
    'W trybie przeglądarki klucz jest przechowywany jako zwykły tekst w folderze danych konsoli, czytelny tylko dla Twojego konta użytkownika.',
  removeKey: 'Usuń zapisany klucz',
  test: 'Sprawdź połączenie',
  testing: 'Sprawdzanie…',
  save: 'Zapisz',
  saving: 'Zapisywanie…',
  clear: 'Usuń dostawcę',
  tested: 'Połączenie działa: {{model}} odpowiedział w {{ms}} ms.',
  saved: 'Zapisano. Od teraz zgłoszenia są tłumaczone przez {{model}}.',
  cleared: 'Dostawca został usunięty. Zgłoszenia nie są już tłumaczone.',
  errors: {
    baseURL:
      'Wpisz adres http:// lub https:// bez nazwy użytkownika i hasła, na przykład {{example}} (najwyżej {{max}} znaków).',
    model: 'Wpisz nazwę modelu w jednym wierszu (najwyżej {{max}} znaków).',
    embeddingsModel:
      'Wpisz nazwę modelu embeddingów w jednym wierszu (najwyżej {{max}} znaków) albo zostaw pole puste.',
    timeout: 'Wpisz całkowitą liczbę sekund od {{min}} do {{max}}.',
    apiKey: 'Klucz może zawierać tylko znaki drukowalne bez spacji (najwyżej {{max}}).',
  },
  failures: {
    provider_unreachable: 'Nie można połączyć się z serwerem.',
    provider_timeout: 'Serwer nie odpowiedział na czas.',
    provider_unauthorized: 'Serwer odrzucił klucz API.',
    provider_model_unknown: 'Serwer nie zna tego modelu.',
    provider_not_found: 'Pod tym adresem nie odpowiada żadne API zgodne z OpenAI.',
    provider_rate_limited: 'Serwer prosi o odczekanie albo konto wyczerpało limit.',
    provider_refused: 'Serwer odrzucił żądanie.',
    provider_server_error: 'Na serwerze wystąpił błąd.',
    provider_bad_answer: 'Serwer odpowiedział, ale nie w formie, której potrzebują tłumaczenia.',
    key_for_other_endpoint:
      'Zapisany klucz należy do innego serwera. Wpisz klucz ponownie dla tego adresu albo usuń zapisany klucz.',
    insecure_storage: 'Pęk kluczy systemu nie może bezpiecznie przechować klucza, więc nic nie zapisano.',
    other: 'Nie udało się zapisać ustawień.',
  },
} satisfies Catalog<typeof en>;
