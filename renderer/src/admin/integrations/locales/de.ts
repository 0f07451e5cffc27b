import type { Catalog } from '../../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The chat widget's, webhooks' and generic channel's admin texts (de). */
export default {
  copy: 'Kopieren',
  copied: 'Kopiert.',
  copyFailed: 'Das Kopieren hat nicht geklappt: Markieren Sie den Text und kopieren Sie ihn selbst.',
  widget: {
    title: 'Titel',
    greetings: 'Begrüßung je Sprache',
    greetingsHint:
      'Die erste Zeile, die Besucher in ihrer Sprache lesen. Lassen Sie eine Sprache leer, wenn keine gewünscht ist.',
    accentColor: 'Akzentfarbe',
    pickColor: 'Akzentfarbe wählen',
    position: 'Position auf der Seite',
    left: 'Unten links',
    right: 'Unten rechts',
    queue: 'Zuständige Warteschlange',
    chooseQueue: 'Warteschlange wählen',
    enabled: 'Aktiviert',
    requireIdentity: 'Identität verlangen: nur Kunden, die Ihre Website anmeldet (Identitätsgeheimnis)',
    origins: 'Erlaubte Origins',
    originsHint:
      'Die Websites, die das Widget zeigen dürfen, etwa https://shop.example.com. Jede andere wird abgewiesen.',
    origin: 'Erlaubter Origin {{number}}',
    newOrigin: 'Neuer erlaubter Origin',
    add: 'Hinzufügen',
    remove: 'Entfernen',
    publicKey: 'Öffentlicher Schlüssel',
    publicKeyHint:
      'Das data-key des Script-Tags, kein Geheimnis. Sobald ein neuer Schlüssel gespeichert ist, funktionieren die alten Tags nicht mehr.',
    newKey: 'Neuer Schlüssel',
    embed: 'Einbettungscode',
    embedHint: 'Fügen Sie ihn vor </body> in die Seiten der erlaubten Websites ein.',
    embedUnknown: 'Der Code wird angezeigt, sobald die Konsole ihre Warteschlange kennt (online).',
    saveFirst: 'Speichern Sie das Widget zuerst; dann werden hier sein Code und sein Identitätsgeheimnis angezeigt.',
  },
  webhook: {
    url: 'URL',
    urlHint: 'Wohin die Warteschlange jedes gewählte Ereignis sendet, signiert mit dem Geheimnis des Webhooks.',
    events: 'Ereignisse',
    enabled: 'Aktiviert',
    event: {
      ticket_created: 'Ein Ticket ist eingegangen, mit seiner ersten Nachricht.',
      ticket_escalated: 'Die KI hat ein Ticket an einen Menschen übergeben.',
      ticket_resolved: 'Ein Ticket wurde gelöst, von der KI oder einem Menschen.',
      ticket_reopened: 'Ein gelöstes Ticket wurde wieder geöffnet.',
      message_added: 'Eine Nachricht kam hinzu: vom Kunden, eine Antwort oder eine interne Notiz.',
      rating_added: 'Ein Kunde hat ein gelöstes Ticket bewertet.',
    },
    saveFirst:
      'Speichern Sie den Webhook zuerst; dann werden hier sein Signaturgeheimnis und sein Zustellprotokoll angezeigt.',
  },
  channel: {
    type: 'Typ',
    email: 'E-Mail-Postfach',
    webhook: 'Generischer Kanal (Webhook)',
    replyUrl: 'Antwort-URL',
    replyUrlHint:
      'Die Adresse Ihres Adapters: Die Warteschlange sendet jede Antwort dorthin, signiert mit dem Kanalgeheimnis.',
    inboundUrl: 'Eingangs-URL',
    inboundUrlHint: 'Ihr Adapter sendet jede Kundennachricht hierher, signiert mit dem Kanalgeheimnis.',
    saveFirst:
      'Speichern Sie den Kanal zuerst; dann werden hier Eingangs-URL, Geheimnis und Antwortzustellungen angezeigt.',
  },
  secret: {
    title: { webhook: 'Signaturgeheimnis', channel: 'Kanalgeheimnis', widget: 'Identitätsgeheimnis' },
    hint: {
      webhook: 'Ihr Empfänger prüft damit die Signatur jeder Zustellung.',
      channel: 'Ihr Adapter signiert damit, was er sendet, und prüft die Signaturen der Antworten.',
      widget: 'Ihr Server signiert damit die ID eines angemeldeten Kunden: hex(HMAC-SHA256(Geheimnis, Kunden-ID)).',
    },
    make: {
      webhook: 'Signaturgeheimnis erzeugen',
      channel: 'Kanalgeheimnis erzeugen',
      widget: 'Identitätsgeheimnis erzeugen',
    },
    none: 'Noch kein Geheimnis.',
    since: 'Das verwendete Geheimnis wurde am {{at}} erzeugt. Ein neues ersetzt es sofort.',
    unknown: 'Ob ein Geheimnis besteht, wird online bei der Warteschlange nachgefragt.',
    value: 'Neues Geheimnis',
    once: 'Kopieren Sie es jetzt: Es wird nicht noch einmal angezeigt.',
  },
  log: {
    webhook: 'Zustellprotokoll',
    channel: 'Antwortzustellungen',
    empty: 'Noch keine Zustellungen.',
    unknown: 'Das Protokoll wird online bei der Warteschlange gelesen.',
    state: { pending: 'Ausstehend', delivered: 'Zugestellt', failed: 'Fehlgeschlagen' },
    reply: 'Antwort',
    attempts: 'Versuche: {{count}}',
    next: 'Nächster Versuch: {{at}}',
    answered: 'HTTP {{status}} in {{ms}} ms',
    noAnswer: 'Keine Antwort: {{error}}',
    response: 'Antwort:',
    redeliver: 'Erneut zustellen',
    redelivering: 'Wird erneut zugestellt…',
    redelivered: 'Erneut gesendet.',
  },
  rule: {
    title: 'Geben Sie einen Titel mit höchstens 100 Zeichen an.',
    greeting: 'Eine Begrüßung hat höchstens 500 Zeichen.',
    accentColor: 'Schreiben Sie die Farbe als # und sechs Hexziffern, etwa #1f5fbf.',
    queueId: 'Wählen Sie die Warteschlange, in der die Tickets des Widgets warten.',
    publicKey: 'Erzeugen Sie einen neuen Schlüssel: pk_ und 16 bis 64 Buchstaben oder Ziffern.',
    origins: 'Nennen Sie mindestens eine Website, die das Widget zeigen darf (höchstens 20).',
    origin:
      'Schreiben Sie einen Origin als https://host oder https://host:port, ohne Pfad, so wie der Browser ihn sendet.',
    originListed: 'Dieser Origin steht schon in der Liste.',
    url: 'Schreiben Sie eine Adresse https://… oder http:// auf diesem Rechner (127.0.0.1 oder localhost), ohne Benutzernamen oder Passwort.',
    events: 'Wählen Sie mindestens ein Ereignis.',
  },
} satisfies Catalog<typeof en>;
