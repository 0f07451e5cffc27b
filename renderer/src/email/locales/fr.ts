import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  mail: {
    showQuoted: 'Afficher le texte cité et la signature',
    hideQuoted: 'Masquer le texte cité et la signature',
    automatic: {
      auto_reply: 'Envoyé automatiquement (réponse automatique ou absence) : l’IA n’y a pas répondu.',
      bounce: 'Un avis d’échec de remise d’un serveur de messagerie : l’IA n’y a pas répondu.',
      mailing_list: 'Envoyé par une liste de diffusion : l’IA n’y a pas répondu.',
    },
    attachments: 'Pièces jointes',
    download: 'Télécharger {{name}}',
    notStored: 'Non conservée : au-delà de la taille limite',
  },
  errors: {
    needs_network:
      'Il faut pour cela la file centrale, injoignable pour l’instant. Réessayez quand la console sera en ligne.',
    not_failed: 'Cette réponse n’est plus en échec : elle a été réessayée ou envoyée entre-temps.',
    not_stored: 'Cette pièce jointe n’a pas été conservée (elle dépassait la taille limite).',
    not_found: 'La file ne connaît pas cet élément.',
    generic: 'Cela n’a pas marché : {{message}}',
  },
  channel: {
    queue: 'File responsable',
    chooseQueue: 'Choisir une file',
    enabled: 'Activé',
    imapUrl: 'URL IMAP (entrant)',
    imapUrlHint:
      'imaps://UTILISATEUR@HÔTE pour TLS, ou imap://UTILISATEUR@HÔTE avec STARTTLS. Pas de mot de passe ici.',
    smtpUrl: 'URL SMTP (sortant)',
    smtpUrlHint:
      'smtps://UTILISATEUR@HÔTE pour TLS, ou smtp://UTILISATEUR@HÔTE:587 avec STARTTLS. Pas de mot de passe ici.',
    fromName: 'Nom de l’expéditeur',
    fromAddress: 'Adresse de l’expéditeur',
    mailbox: 'Dossier de la boîte',
    pollSeconds: 'Vérifier toutes les (secondes)',
    pollSecondsHint: 'Utilisé quand le serveur n’a pas IDLE : de 5 à 3600.',
    status: 'État',
    statusUnknown: 'L’état est lu auprès de la file en ligne.',
    running: 'En marche',
    stopped: 'À l’arrêt',
    lastError: 'Dernière erreur :',
    counts: '{{queued}} en attente · {{failed}} en échec · {{setAside}} mis de côté',
    lastMail: 'Dernier e-mail lu : {{at}}',
    passwords: 'Mots de passe',
    passwordsHint:
      'Stockés chiffrés dans la file et jamais réaffichés. Laissez celui du SMTP vide pour utiliser celui de l’IMAP.',
    passwordsSet: 'Mots de passe : définis',
    passwordsNotSet: 'Mots de passe : non définis',
    imapPassword: 'Mot de passe IMAP',
    smtpPassword: 'Mot de passe SMTP (facultatif)',
    savePasswords: 'Enregistrer les mots de passe',
    passwordsStored: 'Mots de passe enregistrés.',
    passwordRequired: 'Saisissez le mot de passe IMAP.',
    saveFirst:
      'Enregistrez d’abord le canal ; ensuite ses mots de passe pourront être enregistrés et la connexion testée.',
    test: 'Tester la connexion',
    testing: 'Test des deux sens…',
    imap: 'Entrant (IMAP)',
    smtp: 'Sortant (SMTP)',
    ok: 'fonctionne',
    failedCheck: 'échec',
  },
  rule: {
    imapUrl:
      'Écrivez imaps://UTILISATEUR@HÔTE[:PORT] (TLS) ou imap://UTILISATEUR@HÔTE[:PORT] (STARTTLS), avec l’utilisateur et sans mot de passe ; ?security=none seulement pour un hôte de bouclage.',
    smtpUrl:
      'Écrivez smtps://UTILISATEUR@HÔTE[:PORT] (TLS) ou smtp://UTILISATEUR@HÔTE[:PORT] (STARTTLS), avec l’utilisateur et sans mot de passe ; ?security=none seulement pour un hôte de bouclage.',
    fromAddress: 'Écrivez l’adresse d’où partent les réponses, par exemple support@example.com.',
    fromName: 'Donnez le nom affiché à côté de l’adresse d’expédition (200 caractères au plus).',
    mailbox: 'Nommez le dossier IMAP où lire le nouveau courrier, par exemple INBOX.',
    pollSeconds: 'Un nombre entier de secondes de 5 à 3600.',
    queueId: 'Choisissez la file où attendent les nouveaux tickets de cette boîte.',
  },
} satisfies Catalog<typeof en>;
