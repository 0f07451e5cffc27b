import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'Proveedor de IA',
  intro:
    'Un endpoint compatible con OpenAI (OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp) traduce los tickets a tu idioma. Se configura solo para esta consola.',
  loading: 'Cargando la configuración del proveedor…',
  unsupported: 'Este host de consola no puede cambiar el proveedor de IA.',
  statusNone: 'No hay proveedor configurado: los tickets no se traducen.',
  statusSaved: 'En uso: {{model}} en {{baseURL}}.',
  statusStartup:
    'En uso según las opciones de inicio: {{model}} en {{baseURL}}. Guardar aquí las sustituye hasta el próximo inicio.',
  baseUrl: 'URL base',
  baseUrlHint: 'Por ejemplo {{openai}}, o {{ollama}} para Ollama en este equipo.',
  model: 'Modelo',
  embeddingsModel: 'Modelo de embeddings (opcional)',
  embeddingsModelHint:
    'Con él, la IA encuentra los artículos que necesita una respuesta por su significado, no solo por sus palabras; por ejemplo {{example}}. Déjalo vacío si el servidor no ofrece embeddings.',
  timeout: 'Tiempo límite por solicitud (segundos)',
  apiKey: 'Clave de API',
  keyStored:
    'Hay una clave guardada; nunca se muestra. Escribe una nueva para sustituirla o deja el campo vacío para conservarla.',
  keyNone: 'No hay ninguna clave guardada. Los servidores locales como Ollama, vLLM o llama.cpp no la necesitan.',
  keyStorageKeychain: 'La clave se guarda en el llavero del sistema.',
  keyStorageFile:
    'En el modo navegador, la clave se guarda en texto plano en la carpeta de datos de la consola, legible solo por tu cuenta de usuario.',
  removeKey: 'Eliminar la clave guardada',
  test: 'Probar la conexión',
  testing: 'Probando…',
  save: 'Guardar',
  saving: 'Guardando…',
  clear: 'Quitar el proveedor',
  tested: 'La conexión funciona: {{model}} respondió en {{ms}} ms.',
  saved: 'Guardado. A partir de ahora los tickets se traducen con {{model}}.',
  cleared: 'Se quitó el proveedor. Los tickets ya no se traducen.',
  errors: {
    baseURL:
      'Escribe una dirección http:// o https:// sin usuario ni contraseña, como {{example}} (como máximo {{max}} caracteres).',
    model: 'Escribe el nombre del modelo en una línea (como máximo {{max}} caracteres).',
    embeddingsModel:
      'Escribe el nombre del modelo de embeddings en una línea (como máximo {{max}} caracteres) o deja el campo vacío.',
    timeout: 'Escribe un número entero de segundos entre {{min}} y {{max}}.',
    apiKey: 'La clave solo puede contener caracteres imprimibles sin espacios (como máximo {{max}}).',
  },
  failures: {
    provider_unreachable: 'No se puede contactar con el servidor.',
    provider_timeout: 'El servidor no respondió a tiempo.',
    provider_unauthorized: 'El servidor rechazó la clave de API.',
    provider_model_unknown: 'El servidor no conoce este modelo.',
    provider_not_found: 'En esta dirección no responde ninguna API compatible con OpenAI.',
    provider_rate_limited: 'El servidor pide esperar, o la cuenta se quedó sin cuota.',
    provider_refused: 'El servidor rechazó la solicitud.',
    provider_server_error: 'El servidor tuvo un error.',
    provider_bad_answer: 'El servidor respondió, pero no en la forma que necesitan las traducciones.',
    key_for_other_endpoint:
      'La clave guardada pertenece a otro servidor. Vuelve a escribir la clave para esta dirección o elimina la clave guardada.',
    insecure_storage: 'El llavero del sistema no puede guardar la clave de forma segura, así que no se guardó nada.',
    other: 'No se pudo guardar la configuración.',
  },
} satisfies Catalog<typeof en>;
