import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'Fornecedor de IA',
  intro:
    'Um endpoint compatível com a OpenAI (OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp) traduz os tickets para o seu idioma. A definição vale só para esta consola.',
  loading: 'A carregar as definições do fornecedor…',
  unsupported: 'Este anfitrião da consola não consegue mudar o fornecedor de IA.',
  statusNone: 'Nenhum fornecedor definido: os tickets não são traduzidos.',
  statusSaved: 'Em uso: {{model}} em {{baseURL}}.',
  statusStartup:
    'Em uso a partir das opções de arranque: {{model}} em {{baseURL}}. Guardar aqui substitui-as até ao próximo arranque.',
  baseUrl: 'URL base',
  baseUrlHint: 'Por exemplo {{openai}}, ou {{ollama}} para o Ollama neste computador.',
  model: 'Modelo',
  embeddingsModel: 'Modelo de embeddings (opcional)',
  embeddingsModelHint:
    'Com ele, a IA encontra os artigos de que uma resposta precisa pelo seu significado e não só pelas palavras, por exemplo {{example}}. Deixe o campo vazio se o servidor não oferecer embeddings.',
  timeout: 'Tempo limite por pedido (segundos)',
  apiKey: 'Chave de API',
  keyStored:
    'Há uma chave guardada; nunca é mostrada. Escreva uma nova para a substituir, ou deixe o campo vazio para a manter.',
  keyNone: 'Não há chave guardada. Servidores locais como Ollama, vLLM ou llama.cpp não precisam de nenhuma.',
  keyStorageKeychain: 'A chave fica guardada no porta-chaves do sistema.',
  keyStorageFile:
    'No modo de navegador, a chave fica guardada em texto simples na pasta de dados da consola, legível apenas pela sua conta de utilizador.',
  removeKey: 'Remover a chave guardada',
  test: 'Testar a ligação',
  testing: 'A testar…',
  save: 'Guardar',
  saving: 'A guardar…',
  clear: 'Remover o fornecedor',
  tested: 'A ligação funciona: {{model}} respondeu em {{ms}} ms.',
  saved: 'Guardado. A partir de agora os tickets são traduzidos com {{model}}.',
  cleared: 'O fornecedor foi removido. Os tickets deixaram de ser traduzidos.',
  errors: {
    baseURL:
      'Introduza um endereço http:// ou https:// sem nome de utilizador nem palavra-passe, como {{example}} (no máximo {{max}} caracteres).',
    model: 'Introduza o nome do modelo numa linha (no máximo {{max}} caracteres).',
    embeddingsModel:
      'Introduza o nome do modelo de embeddings numa linha (no máximo {{max}} caracteres) ou deixe o campo vazio.',
    timeout: 'Introduza um número inteiro de segundos entre {{min}} e {{max}}.',
    apiKey: 'A chave só pode ter caracteres imprimíveis sem espaços (no máximo {{max}}).',
  },
  failures: {
    provider_unreachable: 'Não é possível contactar o servidor.',
    provider_timeout: 'O servidor não respondeu a tempo.',
    provider_unauthorized: 'O servidor recusou a chave de API.',
    provider_model_unknown: 'O servidor não conhece este modelo.',
    provider_not_found: 'Nenhuma API compatível com a OpenAI responde neste endereço.',
    provider_rate_limited: 'O servidor pede para esperar, ou a conta ficou sem quota.',
    provider_refused: 'O servidor recusou o pedido.',
    provider_server_error: 'O servidor teve um erro.',
    provider_bad_answer: 'O servidor respondeu, mas não na forma de que as traduções precisam.',
    key_for_other_endpoint:
      'A chave guardada pertence a outro servidor. Escreva novamente a chave para este endereço, ou remova a chave guardada.',
    insecure_storage:
      'O porta-chaves do sistema não consegue guardar a chave em segurança, por isso nada foi guardado.',
    other: 'Não foi possível guardar as definições.',
  },
} satisfies Catalog<typeof en>;
