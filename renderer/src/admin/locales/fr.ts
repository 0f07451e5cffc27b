import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The tenant settings workspace's texts (fr). */
export default {
  nav: 'Paramètres du locataire',
  title: 'Paramètres du locataire',
  sectionsLabel: 'Sections des paramètres',
  loading: 'Chargement des paramètres du locataire…',
  offline:
    'Hors ligne : vous lisez la copie des paramètres de cette console. L’enregistrement redevient possible dès que la file centrale est joignable.',
  offlineSince:
    'Hors ligne : vous lisez la copie des paramètres de cette console du {{at}}. L’enregistrement redevient possible dès que la file centrale est joignable.',
  shortcuts: 'Alt+N nouveau · Ctrl+S enregistrer · Échap retour à la liste · ↑ ↓ se déplacer dans une liste',
  kinds: {
    queue: {
      title: 'Files',
      new: 'Nouvelle file',
      empty: 'Aucune file pour l’instant.',
    },
    sla_policy: {
      title: 'Politiques de SLA',
      new: 'Nouvelle politique de SLA',
      empty: 'Aucune politique de SLA pour l’instant.',
    },
    tag: {
      title: 'Étiquettes',
      new: 'Nouvelle étiquette',
      empty: 'Aucune étiquette pour l’instant.',
    },
    macro: {
      title: 'Macros',
      new: 'Nouvelle macro',
      empty: 'Aucune macro pour l’instant.',
    },
    channel: {
      title: 'Canaux',
      new: 'Nouveau canal',
      empty: 'Aucun canal pour l’instant.',
    },
    widget: { title: 'Widgets de chat', new: 'Nouveau widget de chat', empty: 'Aucun widget de chat pour l’instant.' },
    webhook: { title: 'Webhooks', new: 'Nouveau webhook', empty: 'Aucun webhook pour l’instant.' },
  },
  form: {
    id: 'Identifiant',
    idHint: 'Lettres, chiffres, _ . ou -, commençant par une lettre ou un chiffre. Il ne pourra plus être modifié.',
    idTaken: 'Un autre élément a déjà l’identifiant {{id}}.',
    name: 'Nom',
    description: 'Description',
    save: 'Enregistrer',
    delete: 'Supprimer',
    keep: 'Le garder',
    close: 'Retour à la liste',
    editing: 'Modifier {{id}}',
    version: 'Version {{version}}, enregistrée par {{by}} le {{at}}',
    saved:
      'Enregistré comme version {{version}}. Chaque console du locataire la reçoit à sa prochaine synchronisation.',
    deleted: '{{id}} a été supprimé.',
    confirmDelete: 'Supprimer {{id}} ? Les consoles ne le proposent plus après leur prochaine synchronisation.',
    pick: 'Choisissez un élément dans la liste ou créez-en un nouveau.',
    pickReadOnly: 'Choisissez un élément dans la liste pour le lire.',
  },
  conflict: {
    saved:
      '{{by}} a enregistré la version {{version}} de cet élément le {{at}}, pendant votre modification. Vos modifications sont toujours là.',
    deleted: '{{by}} a supprimé cet élément le {{at}}, pendant votre modification. Vos modifications sont toujours là.',
    missing: 'Cet élément n’est pas (ou plus) enregistré dans la file centrale. Vos modifications sont toujours là.',
    loadTheirs: 'Charger leur version',
    drop: 'Abandonner mes modifications',
    overwrite: 'Enregistrer les miennes par-dessus',
    deleteAnyway: 'Supprimer quand même',
  },
  inUse: {
    sentence:
      'La file {{queue}} ne peut pas être supprimée tant qu’elle est utilisée : {{uses}}. Rattachez-les à une autre file ou supprimez-les d’abord.',
    rules_one: '{{count}} règle d’escalade ({{names}})',
    rules_many: '{{count}} de règles d’escalade ({{names}})',
    rules_other: '{{count}} règles d’escalade ({{names}})',
    slaPolicy: 'sa politique de SLA',
    channels_one: '{{count}} canal ({{names}})',
    channels_many: '{{count}} de canaux ({{names}})',
    channels_other: '{{count}} canaux ({{names}})',
    quoted: '« {{name}} »',
  },
  tag: {
    color: 'Couleur',
    colorHint: 'Écrite #rrggbb ; laisser vide pour aucune.',
    pick: 'Choisir une couleur',
    aiIntents: 'L’IA la pose pour les intentions',
    aiIntentsHint:
      'Noms d’intentions séparés par des virgules, comme card_arrival : l’IA étiquette un ticket qu’elle classe dans l’une d’elles. Laissez vide si seules des personnes posent cette étiquette.',
  },
  sla: {
    queue: 'File',
    chooseQueue: 'Choisir une file sans politique',
    timeZone: 'Fuseau horaire',
    timeZoneHint: 'Un nom IANA, comme Europe/Paris ou Asia/Tokyo.',
    hours: 'Heures ouvrées',
    hoursHint: 'Plages d’ouverture par jour, par exemple 09:00-12:00, 13:00-17:00. Laisser vide un jour fermé.',
    span: 'Plage {{number}}',
    holidays: 'Jours fériés',
    holidaysHint: 'Une date par ligne, écrite AAAA-MM-JJ.',
    holiday: 'Jour férié {{number}} ({{date}})',
    targets: 'Objectifs par niveau de client',
    targetsHint: 'En minutes ouvrées : 60 correspond à une heure ouvrée.',
    firstReplyMinutes: 'Première réponse sous (minutes)',
    resolutionMinutes: 'Résolution sous (minutes)',
  },
  macro: {
    text: 'Texte',
    variables: 'Variables',
    variablesHint: 'Insérer au curseur :',
    insert: 'Insérer {{variable}}',
    preview: 'Aperçu',
    previewHint: 'Rempli comme pour un ticket d’exemple.',
    sample: {
      customerName: 'Marie Dubois',
      market: 'France',
      subject: 'Remboursement de la commande 1042',
      queue: 'Facturation',
      agentName: 'Alex Martin',
    },
  },
  rule: {
    queueIdFormat:
      'Un identifiant de file compte de 1 à 63 lettres minuscules (a–z), chiffres, - ou _, et commence par une lettre ou un chiffre. Il ne pourra plus être modifié.',
    id: 'Un identifiant compte de 1 à 100 lettres (a–z, A–Z), chiffres, _ . ou -, et commence par une lettre ou un chiffre.',
    queueId: 'Choisissez une file du locataire qui n’a pas encore de politique.',
    name: 'Donnez un nom d’au plus 200 caractères (100 pour une étiquette).',
    description: 'Une description compte au plus 1 000 caractères.',
    color: 'Écrivez la couleur avec # et six chiffres hexadécimaux, comme #1f5fbf, ou laissez vide.',
    aiIntents:
      'Noms d’intentions en lettres, chiffres, _ . ? et - (100 caractères au plus chacun), séparés par des virgules ; 50 au plus.',
    text: 'Écrivez un texte d’au plus 20 000 caractères.',
    timeZone: 'Fuseau horaire inconnu : utilisez un nom IANA comme Europe/Paris ou Asia/Tokyo.',
    week: 'Ouvrez au moins une plage dans la semaine.',
    spans:
      'Écrivez chaque plage HH:MM-HH:MM entre 00:00 et 24:00, la fin après le début, dans l’ordre et sans chevauchement (6 par jour au plus). Un service de nuit fait deux plages : 22:00-24:00, puis 00:00-06:00 le lendemain.',
    holidays:
      'Écrivez chaque jour férié une seule fois, comme une vraie date AAAA-MM-JJ (années 1900 à 9999) ; 500 au plus.',
    tier: 'Chaque niveau de client a besoin d’un objectif de première réponse et de résolution.',
    target:
      'Un nombre entier de minutes ouvrées de 1 à 525 600. L’objectif de résolution n’est pas plus court que celui de première réponse, et les heures ouvrées doivent suffire pour l’atteindre.',
  },
} satisfies Catalog<typeof en>;
