import type { CatalogTree } from '../../../../shared/i18n/catalog.js';

/** The AI provider section of the Settings dialog, English: the reference every locale matches. */
export default {
  title: 'AI provider',
  intro:
    'An OpenAI-compatible endpoint (OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp) translates tickets into your language. It is set for this console only.',
  loading: 'Loading the provider settings…',
  unsupported: 'This console host cannot change the AI provider.',
  statusNone: 'No provider is set: tickets are not translated.',
  statusSaved: 'In use: {{model}} at {{baseURL}}.',
  statusStartup:
    'In use from the start-up options: {{model}} at {{baseURL}}. Saving here replaces them until the next start.',
  baseUrl: 'Base URL',
  baseUrlHint: 'For example {{openai}}, or {{ollama}} for Ollama on this computer.',
  model: 'Model',
  embeddingsModel: 'Embeddings model (optional)',
  embeddingsModelHint:
    'With it, the AI finds the articles an answer needs by their meaning as well as by their words, for example {{example}}. Leave it empty if the server offers no embeddings.',
  timeout: 'Timeout per request (seconds)',
  apiKey: 'API key',
  keyStored: 'A key is stored; it is never shown. Type a new one to replace it, or leave the field empty to keep it.',
  keyNone: 'No key is stored. Local servers such as Ollama, vLLM or llama.cpp need none.',
  keyStorageKeychain: 'The key is kept in the system keychain.',
  keyStorageFile:
    'In browser mode the key is kept in plain text in the console’s data folder, readable by your user account only.',
  removeKey: 'Remove the stored key',
  test: 'Test connection',
  testing: 'Testing…',
  save: 'Save',
  saving: 'Saving…',
  clear: 'Remove provider',
  tested: 'Connection works: {{model}} answered in {{ms}} ms.',
  saved: 'Saved. Tickets are translated with {{model}} from now on.',
  cleared: 'The provider was removed. Tickets are no longer translated.',
  errors: {
    baseURL:
      'Enter an http:// or https:// address without a user name or password, such as {{example}} (at most {{max}} characters).',
    model: 'Enter the model name on one line (at most {{max}} characters).',
    embeddingsModel:
      'Enter the embeddings model name on one line (at most {{max}} characters), or leave the field empty.',
    timeout: 'Enter a whole number of seconds from {{min}} to {{max}}.',
    apiKey: 'The key may hold only printable characters without spaces (at most {{max}}).',
  },
  failures: {
    provider_unreachable: 'The server cannot be reached.',
    provider_timeout: 'The server did not answer in time.',
    provider_unauthorized: 'The server refused the API key.',
    provider_model_unknown: 'The server does not know this model.',
    provider_not_found: 'No OpenAI-compatible API answers at this address.',
    provider_rate_limited: 'The server asks to wait, or the account has no quota left.',
    provider_refused: 'The server refused the request.',
    provider_server_error: 'The server had an error.',
    provider_bad_answer: 'The server answered, but not in the form translations need.',
    key_for_other_endpoint:
      'The stored key belongs to another server. Type the key again for this address, or remove the stored key.',
    insecure_storage: 'The system keychain cannot keep the key safely, so nothing was saved.',
    other: 'The settings could not be saved.',
  },
} satisfies CatalogTree;
