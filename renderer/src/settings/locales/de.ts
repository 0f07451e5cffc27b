import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'KI-Anbieter',
  intro:
    'Ein OpenAI-kompatibler Endpunkt (OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp) übersetzt Tickets in Ihre Sprache. Die Einstellung gilt nur für diese Konsole.',
  loading: 'Anbieter-Einstellungen werden geladen…',
  unsupported: 'Dieser Konsolen-Host kann den KI-Anbieter nicht ändern.',
  statusNone: 'Kein Anbieter eingerichtet: Tickets werden nicht übersetzt.',
  statusSaved: 'In Verwendung: {{model}} unter {{baseURL}}.',
  statusStartup:
    'Aus den Startoptionen in Verwendung: {{model}} unter {{baseURL}}. Speichern ersetzt sie hier bis zum nächsten Start.',
  baseUrl: 'Basis-URL',
  baseUrlHint: 'Zum Beispiel {{openai}} oder {{ollama}} für Ollama auf diesem Computer.',
  model: 'Modell',
  embeddingsModel: 'Embedding-Modell (optional)',
  embeddingsModelHint:
    'Damit findet die KI die Artikel, die eine Antwort braucht, nach ihrer Bedeutung und nicht nur nach ihren Wörtern, zum Beispiel {{example}}. Lassen Sie das Feld leer, wenn der Server keine Embeddings anbietet.',
  timeout: 'Zeitlimit pro Anfrage (Sekunden)',
  apiKey: 'API-Schlüssel',
  keyStored:
    'Ein Schlüssel ist gespeichert; er wird nie angezeigt. Geben Sie einen neuen ein, um ihn zu ersetzen, oder lassen Sie das Feld leer, um ihn zu behalten.',
  keyNone: 'Kein Schlüssel gespeichert. Lokale Server wie Ollama, vLLM oder llama.cpp brauchen keinen.',
  keyStorageKeychain: 'Der Schlüssel liegt im Schlüsselbund des Systems.',
  keyStorageFile:
    'Im Browsermodus liegt der Schlüssel im Klartext im Datenordner der Konsole, lesbar nur für Ihr Benutzerkonto.',
  removeKey: 'Gespeicherten Schlüssel entfernen',
  test: 'Verbindung testen',
  testing: 'Wird getestet…',
  save: 'Speichern',
  saving: 'Wird gespeichert…',
  clear: 'Anbieter entfernen',
  tested: 'Die Verbindung funktioniert: {{model}} hat in {{ms}} ms geantwortet.',
  saved: 'Gespeichert. Tickets werden ab jetzt mit {{model}} übersetzt.',
  cleared: 'Der Anbieter wurde entfernt. Tickets werden nicht mehr übersetzt.',
  errors: {
    baseURL:
      'Geben Sie eine http://- oder https://-Adresse ohne Benutzernamen und Passwort ein, etwa {{example}} (höchstens {{max}} Zeichen).',
    model: 'Geben Sie den Modellnamen in einer Zeile ein (höchstens {{max}} Zeichen).',
    embeddingsModel:
      'Geben Sie den Namen des Embedding-Modells in einer Zeile ein (höchstens {{max}} Zeichen) oder lassen Sie das Feld leer.',
    timeout: 'Geben Sie eine ganze Zahl von Sekunden zwischen {{min}} und {{max}} ein.',
    apiKey: 'Der Schlüssel darf nur druckbare Zeichen ohne Leerzeichen enthalten (höchstens {{max}}).',
  },
  failures: {
    provider_unreachable: 'Der Server ist nicht erreichbar.',
    provider_timeout: 'Der Server hat nicht rechtzeitig geantwortet.',
    provider_unauthorized: 'Der Server hat den API-Schlüssel abgelehnt.',
    provider_model_unknown: 'Der Server kennt dieses Modell nicht.',
    provider_not_found: 'Unter dieser Adresse antwortet keine OpenAI-kompatible API.',
    provider_rate_limited: 'Der Server bittet zu warten, oder das Konto hat kein Kontingent mehr.',
    provider_refused: 'Der Server hat die Anfrage abgelehnt.',
    provider_server_error: 'Auf dem Server ist ein Fehler aufgetreten.',
    provider_bad_answer: 'Der Server hat geantwortet, aber nicht in der Form, die Übersetzungen brauchen.',
    key_for_other_endpoint:
      'Der gespeicherte Schlüssel gehört zu einem anderen Server. Geben Sie den Schlüssel für diese Adresse erneut ein oder entfernen Sie den gespeicherten Schlüssel.',
    insecure_storage:
      'Der Schlüsselbund des Systems kann den Schlüssel nicht sicher aufbewahren, daher wurde nichts gespeichert.',
    other: 'Die Einstellungen konnten nicht gespeichert werden.',
  },
} satisfies Catalog<typeof en>;
