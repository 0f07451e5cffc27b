import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'Fornitore di IA',
  intro:
    'Un endpoint compatibile con OpenAI (OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp) traduce i ticket nella tua lingua. L’impostazione vale solo per questa console.',
  loading: 'Caricamento delle impostazioni del fornitore…',
  unsupported: 'Questo host della console non può cambiare il fornitore di IA.',
  statusNone: 'Nessun fornitore impostato: i ticket non vengono tradotti.',
  statusSaved: 'In uso: {{model}} su {{baseURL}}.',
  statusStartup:
    'In uso dalle opzioni di avvio: {{model}} su {{baseURL}}. Salvando qui le sostituisci fino al prossimo avvio.',
  baseUrl: 'URL di base',
  baseUrlHint: 'Per esempio {{openai}}, oppure {{ollama}} per Ollama su questo computer.',
  model: 'Modello',
  embeddingsModel: 'Modello di embedding (facoltativo)',
  embeddingsModelHint:
    'Con questo, l’IA trova gli articoli che servono a una risposta in base al significato e non solo alle parole, per esempio {{example}}. Lascia il campo vuoto se il server non offre embedding.',
  timeout: 'Tempo massimo per richiesta (secondi)',
  apiKey: 'Chiave API',
  keyStored:
    'È salvata una chiave; non viene mai mostrata. Scrivine una nuova per sostituirla, o lascia il campo vuoto per tenerla.',
  keyNone: 'Nessuna chiave salvata. I server locali come Ollama, vLLM o llama.cpp non ne hanno bisogno.',
  keyStorageKeychain: 'La chiave è conservata nel portachiavi di sistema.',
  keyStorageFile:
    'In modalità browser la chiave è conservata in chiaro nella cartella dati della console, leggibile solo dal tuo account utente.',
  removeKey: 'Rimuovi la chiave salvata',
  test: 'Prova la connessione',
  testing: 'Prova in corso…',
  save: 'Salva',
  saving: 'Salvataggio…',
  clear: 'Rimuovi il fornitore',
  tested: 'La connessione funziona: {{model}} ha risposto in {{ms}} ms.',
  saved: 'Salvato. Da ora i ticket vengono tradotti con {{model}}.',
  cleared: 'Il fornitore è stato rimosso. I ticket non vengono più tradotti.',
  errors: {
    baseURL:
      'Inserisci un indirizzo http:// o https:// senza nome utente né password, come {{example}} (al massimo {{max}} caratteri).',
    model: 'Inserisci il nome del modello su una riga (al massimo {{max}} caratteri).',
    embeddingsModel:
      'Inserisci il nome del modello di embedding su una riga (al massimo {{max}} caratteri) oppure lascia il campo vuoto.',
    timeout: 'Inserisci un numero intero di secondi tra {{min}} e {{max}}.',
    apiKey: 'La chiave può contenere solo caratteri stampabili senza spazi (al massimo {{max}}).',
  },
  failures: {
    provider_unreachable: 'Il server non è raggiungibile.',
    provider_timeout: 'Il server non ha risposto in tempo.',
    provider_unauthorized: 'Il server ha rifiutato la chiave API.',
    provider_model_unknown: 'Il server non conosce questo modello.',
    provider_not_found: 'A questo indirizzo non risponde nessuna API compatibile con OpenAI.',
    provider_rate_limited: 'Il server chiede di attendere, oppure l’account ha esaurito la quota.',
    provider_refused: 'Il server ha rifiutato la richiesta.',
    provider_server_error: 'Il server ha avuto un errore.',
    provider_bad_answer: 'Il server ha risposto, ma non nella forma che serve alle traduzioni.',
    key_for_other_endpoint:
      'La chiave salvata appartiene a un altro server. Scrivi di nuovo la chiave per questo indirizzo, o rimuovi la chiave salvata.',
    insecure_storage:
      'Il portachiavi di sistema non può conservare la chiave in sicurezza, quindi non è stato salvato nulla.',
    other: 'Non è stato possibile salvare le impostazioni.',
  },
} satisfies Catalog<typeof en>;
