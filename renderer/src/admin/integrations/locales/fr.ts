import type { Catalog } from '../../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The chat widget's, webhooks' and generic channel's admin texts (fr). */
export default {
  copy: 'Copier',
  copied: 'Copié.',
  copyFailed: 'La copie a échoué : sélectionnez le texte et copiez-le vous-même.',
  widget: {
    title: 'Titre',
    greetings: 'Message d’accueil par langue',
    greetingsHint:
      'La première ligne que lit un visiteur, dans sa langue. Laissez une langue vide pour n’en mettre aucune.',
    accentColor: 'Couleur d’accent',
    pickColor: 'Choisir la couleur d’accent',
    position: 'Position sur la page',
    left: 'En bas à gauche',
    right: 'En bas à droite',
    queue: 'File responsable',
    chooseQueue: 'Choisir une file',
    enabled: 'Activé',
    requireIdentity: 'Exiger l’identité : seulement les clients que votre site connecte (secret d’identité)',
    origins: 'Origines autorisées',
    originsHint:
      'Les sites qui peuvent afficher le widget, par exemple https://shop.example.com. Tout autre est refusé.',
    origin: 'Origine autorisée {{number}}',
    newOrigin: 'Nouvelle origine autorisée',
    add: 'Ajouter',
    remove: 'Retirer',
    publicKey: 'Clé publique',
    publicKeyHint:
      'Le data-key de la balise script : ce n’est pas un secret. Une fois une nouvelle clé enregistrée, les anciennes balises ne fonctionnent plus.',
    newKey: 'Nouvelle clé',
    embed: 'Code d’intégration',
    embedHint: 'Placez-le avant </body> dans les pages des sites autorisés.',
    embedUnknown: 'Le code s’affiche dès que la console connaît sa file (en ligne).',
    saveFirst: 'Enregistrez d’abord le widget ; son code et son secret d’identité s’affichent ensuite ici.',
  },
  webhook: {
    url: 'URL',
    urlHint: 'Où la file envoie chaque événement choisi, signé avec le secret du webhook.',
    events: 'Événements',
    enabled: 'Activé',
    event: {
      ticket_created: 'Un ticket est arrivé, avec son premier message.',
      ticket_escalated: 'L’IA a confié un ticket à une personne.',
      ticket_resolved: 'Un ticket a été résolu, par l’IA ou par une personne.',
      ticket_reopened: 'Un ticket résolu a été rouvert.',
      message_added: 'Un message a été ajouté : celui du client, une réponse ou une note interne.',
      rating_added: 'Un client a évalué un ticket résolu.',
    },
    saveFirst:
      'Enregistrez d’abord le webhook ; son secret de signature et son journal de livraison s’affichent ensuite ici.',
  },
  channel: {
    type: 'Type',
    email: 'Boîte aux lettres e-mail',
    webhook: 'Canal générique (webhook)',
    replyUrl: 'URL de réponse',
    replyUrlHint: 'L’adresse de votre adaptateur : la file y envoie chaque réponse, signée avec le secret du canal.',
    inboundUrl: 'URL d’entrée',
    inboundUrlHint: 'Votre adaptateur envoie ici chaque message client, signé avec le secret du canal.',
    saveFirst:
      'Enregistrez d’abord le canal ; son URL d’entrée, son secret et les livraisons de réponses s’affichent ensuite ici.',
  },
  secret: {
    title: { webhook: 'Secret de signature', channel: 'Secret du canal', widget: 'Secret d’identité' },
    hint: {
      webhook: 'Votre récepteur vérifie avec lui la signature de chaque livraison.',
      channel: 'Votre adaptateur signe avec lui ce qu’il envoie et vérifie les signatures des réponses.',
      widget:
        'Votre serveur signe avec lui l’identifiant d’un client connecté : hex(HMAC-SHA256(secret, identifiant client)).',
    },
    make: {
      webhook: 'Créer le secret de signature',
      channel: 'Créer le secret du canal',
      widget: 'Créer le secret d’identité',
    },
    none: 'Pas encore de secret.',
    since: 'Le secret en service a été créé le {{at}}. Un nouveau le remplace aussitôt.',
    unknown: 'L’existence d’un secret est demandée à la file en ligne.',
    value: 'Nouveau secret',
    once: 'Copiez-le maintenant : il ne sera plus affiché.',
  },
  log: {
    webhook: 'Journal de livraison',
    channel: 'Livraisons des réponses',
    empty: 'Aucune livraison pour l’instant.',
    unknown: 'Le journal est lu depuis la file en ligne.',
    state: { pending: 'En attente', delivered: 'Livré', failed: 'Échoué' },
    reply: 'Réponse',
    attempts: 'Tentatives : {{count}}',
    next: 'Prochaine tentative : {{at}}',
    answered: 'HTTP {{status}} en {{ms}} ms',
    noAnswer: 'Pas de réponse : {{error}}',
    response: 'Réponse :',
    redeliver: 'Relivrer',
    redelivering: 'Nouvelle livraison…',
    redelivered: 'Renvoyé.',
  },
  rule: {
    title: 'Donnez un titre de 100 caractères au plus.',
    greeting: 'Un message d’accueil fait au plus 500 caractères.',
    accentColor: 'Écrivez la couleur avec # et six chiffres hexadécimaux, par exemple #1f5fbf.',
    queueId: 'Choisissez la file où attendent les tickets du widget.',
    publicKey: 'Créez une nouvelle clé : pk_ et 16 à 64 lettres ou chiffres.',
    origins: 'Indiquez au moins un site qui peut afficher le widget (20 au plus).',
    origin:
      'Écrivez une origine sous la forme https://hôte ou https://hôte:port, sans chemin, comme le navigateur l’envoie.',
    originListed: 'Cette origine est déjà dans la liste.',
    url: 'Écrivez une adresse https://…, ou http:// sur cette machine (127.0.0.1 ou localhost), sans nom d’utilisateur ni mot de passe.',
    events: 'Choisissez au moins un événement.',
  },
} satisfies Catalog<typeof en>;
