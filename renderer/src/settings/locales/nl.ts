import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'AI-aanbieder',
  intro:
    'Een OpenAI-compatibel endpoint (OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp) vertaalt tickets naar jouw taal. De instelling geldt alleen voor deze console.',
  loading: 'Instellingen van de aanbieder worden geladen…',
  unsupported: 'Deze consolehost kan de AI-aanbieder niet wijzigen.',
  statusNone: 'Geen aanbieder ingesteld: tickets worden niet vertaald.',
  statusSaved: 'In gebruik: {{model}} op {{baseURL}}.',
  statusStartup:
    'In gebruik volgens de startopties: {{model}} op {{baseURL}}. Opslaan vervangt ze hier tot de volgende start.',
  baseUrl: 'Basis-URL',
  baseUrlHint: 'Bijvoorbeeld {{openai}}, of {{ollama}} voor Ollama op deze computer.',
  model: 'Model',
  embeddingsModel: 'Embeddingmodel (optioneel)',
  embeddingsModelHint:
    'Hiermee vindt de AI de artikelen die een antwoord nodig heeft op hun betekenis en niet alleen op hun woorden, bijvoorbeeld {{example}}. Laat het veld leeg als de server geen embeddings aanbiedt.',
  timeout: 'Time-out per verzoek (seconden)',
  apiKey: 'API-sleutel',
  keyStored:
    'Er is een sleutel opgeslagen; die wordt nooit getoond. Typ een nieuwe om hem te vervangen, of laat het veld leeg om hem te houden.',
  keyNone: 'Er is geen sleutel opgeslagen. Lokale servers zoals Ollama, vLLM of llama.cpp hebben er geen nodig.',
  keyStorageKeychain: 'De sleutel wordt bewaard in de sleutelhanger van het systeem.',
  keyStorageFile:
    'In browsermodus wordt de sleutel als platte tekst bewaard in de gegevensmap van de console, alleen leesbaar voor jouw gebruikersaccount.',
  removeKey: 'Opgeslagen sleutel verwijderen',
  test: 'Verbinding testen',
  testing: 'Bezig met testen…',
  save: 'Opslaan',
  saving: 'Bezig met opslaan…',
  clear: 'Aanbieder verwijderen',
  tested: 'De verbinding werkt: {{model}} antwoordde in {{ms}} ms.',
  saved: 'Opgeslagen. Tickets worden vanaf nu vertaald met {{model}}.',
  cleared: 'De aanbieder is verwijderd. Tickets worden niet meer vertaald.',
  errors: {
    baseURL:
      'Voer een http://- of https://-adres in zonder gebruikersnaam of wachtwoord, zoals {{example}} (hoogstens {{max}} tekens).',
    model: 'Voer de modelnaam op één regel in (hoogstens {{max}} tekens).',
    embeddingsModel:
      'Voer de naam van het embeddingmodel op één regel in (hoogstens {{max}} tekens) of laat het veld leeg.',
    timeout: 'Voer een heel aantal seconden in van {{min}} tot {{max}}.',
    apiKey: 'De sleutel mag alleen afdrukbare tekens zonder spaties bevatten (hoogstens {{max}}).',
  },
  failures: {
    provider_unreachable: 'De server is niet bereikbaar.',
    provider_timeout: 'De server antwoordde niet op tijd.',
    provider_unauthorized: 'De server weigerde de API-sleutel.',
    provider_model_unknown: 'De server kent dit model niet.',
    provider_not_found: 'Op dit adres antwoordt geen OpenAI-compatibele API.',
    provider_rate_limited: 'De server vraagt om te wachten, of het account heeft geen tegoed meer.',
    provider_refused: 'De server weigerde het verzoek.',
    provider_server_error: 'Er ging iets mis op de server.',
    provider_bad_answer: 'De server antwoordde, maar niet in de vorm die vertalingen nodig hebben.',
    key_for_other_endpoint:
      'De opgeslagen sleutel hoort bij een andere server. Typ de sleutel opnieuw voor dit adres, of verwijder de opgeslagen sleutel.',
    insecure_storage:
      'De sleutelhanger van het systeem kan de sleutel niet veilig bewaren, dus er is niets opgeslagen.',
    other: 'De instellingen konden niet worden opgeslagen.',
  },
} satisfies Catalog<typeof en>;
