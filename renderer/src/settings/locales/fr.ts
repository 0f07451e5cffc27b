import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'Fournisseur d’IA',
  intro:
    'Un point de terminaison compatible OpenAI (OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp) traduit les tickets dans votre langue. Ce réglage ne vaut que pour cette console.',
  loading: 'Chargement des réglages du fournisseur…',
  unsupported: 'Cet hôte de console ne peut pas changer le fournisseur d’IA.',
  statusNone: 'Aucun fournisseur défini : les tickets ne sont pas traduits.',
  statusSaved: 'Utilisé : {{model}} sur {{baseURL}}.',
  statusStartup:
    'Utilisé d’après les options de démarrage : {{model}} sur {{baseURL}}. Enregistrer ici les remplace jusqu’au prochain démarrage.',
  baseUrl: 'URL de base',
  baseUrlHint: 'Par exemple {{openai}}, ou {{ollama}} pour Ollama sur cet ordinateur.',
  model: 'Modèle',
  embeddingsModel: 'Modèle d’embeddings (facultatif)',
  embeddingsModelHint:
    'Avec lui, l’IA trouve les articles dont une réponse a besoin par leur sens et pas seulement par leurs mots, par exemple {{example}}. Laissez le champ vide si le serveur ne propose pas d’embeddings.',
  timeout: 'Délai par requête (secondes)',
  apiKey: 'Clé d’API',
  keyStored:
    'Une clé est enregistrée ; elle n’est jamais affichée. Saisissez-en une nouvelle pour la remplacer, ou laissez le champ vide pour la garder.',
  keyNone: 'Aucune clé enregistrée. Les serveurs locaux comme Ollama, vLLM ou llama.cpp n’en ont pas besoin.',
  keyStorageKeychain: 'La clé est conservée dans le trousseau du système.',
  keyStorageFile:
    'En mode navigateur, la clé est conservée en clair dans le dossier de données de la console, lisible par votre seul compte utilisateur.',
  removeKey: 'Supprimer la clé enregistrée',
  test: 'Tester la connexion',
  testing: 'Test en cours…',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  clear: 'Retirer le fournisseur',
  tested: 'La connexion fonctionne : {{model}} a répondu en {{ms}} ms.',
  saved: 'Enregistré. Les tickets sont désormais traduits avec {{model}}.',
  cleared: 'Le fournisseur a été retiré. Les tickets ne sont plus traduits.',
  errors: {
    baseURL:
      'Saisissez une adresse http:// ou https:// sans nom d’utilisateur ni mot de passe, comme {{example}} ({{max}} caractères au plus).',
    model: 'Saisissez le nom du modèle sur une ligne ({{max}} caractères au plus).',
    embeddingsModel:
      'Saisissez le nom du modèle d’embeddings sur une ligne ({{max}} caractères au plus), ou laissez le champ vide.',
    timeout: 'Saisissez un nombre entier de secondes entre {{min}} et {{max}}.',
    apiKey: 'La clé ne peut contenir que des caractères imprimables sans espace ({{max}} au plus).',
  },
  failures: {
    provider_unreachable: 'Le serveur est injoignable.',
    provider_timeout: 'Le serveur n’a pas répondu à temps.',
    provider_unauthorized: 'Le serveur a refusé la clé d’API.',
    provider_model_unknown: 'Le serveur ne connaît pas ce modèle.',
    provider_not_found: 'Aucune API compatible OpenAI ne répond à cette adresse.',
    provider_rate_limited: 'Le serveur demande d’attendre, ou le compte n’a plus de quota.',
    provider_refused: 'Le serveur a refusé la requête.',
    provider_server_error: 'Le serveur a rencontré une erreur.',
    provider_bad_answer: 'Le serveur a répondu, mais pas sous la forme dont les traductions ont besoin.',
    key_for_other_endpoint:
      'La clé enregistrée appartient à un autre serveur. Saisissez à nouveau la clé pour cette adresse, ou supprimez la clé enregistrée.',
    insecure_storage:
      'Le trousseau du système ne peut pas conserver la clé en sécurité ; rien n’a donc été enregistré.',
    other: 'Les réglages n’ont pas pu être enregistrés.',
  },
} satisfies Catalog<typeof en>;
