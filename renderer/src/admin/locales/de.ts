import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The tenant settings workspace's texts (de). */
export default {
  nav: 'Mandanteneinstellungen',
  title: 'Mandanteneinstellungen',
  sectionsLabel: 'Bereiche der Einstellungen',
  loading: 'Die Einstellungen des Mandanten werden geladen…',
  offline:
    'Offline: Sie lesen die Kopie der Einstellungen in dieser Konsole. Speichern ist wieder möglich, sobald die Queue erreichbar ist.',
  offlineSince:
    'Offline: Sie lesen die Kopie der Einstellungen in dieser Konsole vom {{at}}. Speichern ist wieder möglich, sobald die Queue erreichbar ist.',
  shortcuts: 'Alt+N neu · Strg+S speichern · Esc zurück zur Liste · ↑ ↓ in einer Liste bewegen',
  kinds: {
    queue: {
      title: 'Queues',
      new: 'Neue Queue',
      empty: 'Noch keine Queues.',
    },
    sla_policy: {
      title: 'SLA-Richtlinien',
      new: 'Neue SLA-Richtlinie',
      empty: 'Noch keine SLA-Richtlinien.',
    },
    tag: {
      title: 'Tags',
      new: 'Neuer Tag',
      empty: 'Noch keine Tags.',
    },
    macro: {
      title: 'Makros',
      new: 'Neues Makro',
      empty: 'Noch keine Makros.',
    },
    channel: {
      title: 'Kanäle',
      new: 'Neuer Kanal',
      empty: 'Noch keine Kanäle.',
    },
    widget: { title: 'Chat-Widgets', new: 'Neues Chat-Widget', empty: 'Noch keine Chat-Widgets.' },
    webhook: { title: 'Webhooks', new: 'Neuer Webhook', empty: 'Noch keine Webhooks.' },
  },
  form: {
    id: 'ID',
    idHint:
      'Buchstaben, Ziffern, _ . oder -, beginnend mit einem Buchstaben oder einer Ziffer. Sie lässt sich später nicht ändern.',
    idTaken: 'Ein anderer Eintrag hat bereits die ID {{id}}.',
    name: 'Name',
    description: 'Beschreibung',
    save: 'Speichern',
    delete: 'Löschen',
    keep: 'Behalten',
    close: 'Zurück zur Liste',
    editing: '{{id}} bearbeiten',
    version: 'Version {{version}}, gespeichert von {{by}} am {{at}}',
    saved:
      'Als Version {{version}} gespeichert. Jede Konsole des Mandanten erhält sie mit ihrer nächsten Synchronisierung.',
    deleted: '{{id}} wurde gelöscht.',
    confirmDelete:
      '{{id}} löschen? Die Konsolen bieten den Eintrag nach ihrer nächsten Synchronisierung nicht mehr an.',
    pick: 'Wählen Sie einen Eintrag aus der Liste oder legen Sie einen neuen an.',
    pickReadOnly: 'Wählen Sie einen Eintrag aus der Liste, um ihn zu lesen.',
  },
  conflict: {
    saved:
      '{{by}} hat am {{at}} Version {{version}} dieses Eintrags gespeichert, während Sie bearbeitet haben. Ihre Änderungen sind noch da.',
    deleted:
      '{{by}} hat diesen Eintrag am {{at}} gelöscht, während Sie bearbeitet haben. Ihre Änderungen sind noch da.',
    missing: 'Dieser Eintrag ist (nicht mehr) in der Queue gespeichert. Ihre Änderungen sind noch da.',
    loadTheirs: 'Deren Version laden',
    drop: 'Meine Änderungen verwerfen',
    overwrite: 'Meine über deren speichern',
    deleteAnyway: 'Trotzdem löschen',
  },
  inUse: {
    sentence:
      'Die Queue {{queue}} kann nicht gelöscht werden, solange sie verwendet wird: {{uses}}. Weisen Sie diese einer anderen Queue zu oder löschen Sie sie zuerst.',
    rules_one: '{{count}} Eskalationsregel ({{names}})',
    rules_other: '{{count}} Eskalationsregeln ({{names}})',
    slaPolicy: 'ihre SLA-Richtlinie',
    channels_one: '{{count}} Kanal ({{names}})',
    channels_other: '{{count}} Kanäle ({{names}})',
    quoted: '„{{name}}“',
  },
  tag: {
    color: 'Farbe',
    colorHint: 'Geschrieben als #rrggbb; leer lassen für keine.',
    pick: 'Farbe auswählen',
    aiIntents: 'Die KI setzt ihn bei den Intents',
    aiIntentsHint:
      'Intent-Namen durch Kommas getrennt, etwa card_arrival: Die KI versieht ein Ticket, das sie einem davon zuordnet, mit diesem Tag. Leer lassen, wenn nur Menschen ihn setzen.',
  },
  sla: {
    queue: 'Queue',
    chooseQueue: 'Eine Queue ohne Richtlinie wählen',
    timeZone: 'Zeitzone',
    timeZoneHint: 'Ein IANA-Name wie Europe/Berlin oder Asia/Tokyo.',
    hours: 'Geschäftszeiten',
    hoursHint: 'Öffnungszeiten je Wochentag, etwa 09:00-12:00, 13:00-17:00. Einen geschlossenen Tag leer lassen.',
    span: 'Zeitraum {{number}}',
    holidays: 'Feiertage',
    holidaysHint: 'Ein Datum pro Zeile, geschrieben JJJJ-MM-TT.',
    holiday: 'Feiertag {{number}} ({{date}})',
    targets: 'Ziele je Kundenstufe',
    targetsHint: 'In Geschäftsminuten: 60 ist eine Stunde Geschäftszeit.',
    firstReplyMinutes: 'Erste Antwort innerhalb (Minuten)',
    resolutionMinutes: 'Lösung innerhalb (Minuten)',
  },
  macro: {
    text: 'Text',
    variables: 'Variablen',
    variablesHint: 'An der Cursorposition einfügen:',
    insert: '{{variable}} einfügen',
    preview: 'Vorschau',
    previewHint: 'Ausgefüllt wie für ein Beispielticket.',
    sample: {
      customerName: 'Maria Schmidt',
      market: 'Deutschland',
      subject: 'Erstattung für Bestellung 1042',
      queue: 'Abrechnung',
      agentName: 'Alex Weber',
    },
  },
  rule: {
    queueIdFormat:
      'Eine Queue-ID besteht aus 1 bis 63 Kleinbuchstaben (a–z), Ziffern, - oder _ und beginnt mit einem Buchstaben oder einer Ziffer. Sie lässt sich später nicht ändern.',
    id: 'Eine ID besteht aus 1 bis 100 Buchstaben (a–z, A–Z), Ziffern, _ . oder - und beginnt mit einem Buchstaben oder einer Ziffer.',
    queueId: 'Wählen Sie eine Queue des Mandanten, die noch keine Richtlinie hat.',
    name: 'Geben Sie einen Namen mit höchstens 200 Zeichen an (bei Tags 100).',
    description: 'Eine Beschreibung hat höchstens 1.000 Zeichen.',
    color: 'Schreiben Sie die Farbe als # und sechs Hex-Ziffern, etwa #1f5fbf, oder lassen Sie das Feld leer.',
    aiIntents:
      'Intent-Namen aus Buchstaben, Ziffern, _ . ? und - (je höchstens 100 Zeichen), durch Kommas getrennt; höchstens 50.',
    text: 'Schreiben Sie einen Text mit höchstens 20.000 Zeichen.',
    timeZone: 'Unbekannte Zeitzone: Verwenden Sie einen IANA-Namen wie Europe/Berlin oder Asia/Tokyo.',
    week: 'Öffnen Sie mindestens einen Zeitraum in der Woche.',
    spans:
      'Schreiben Sie jeden Zeitraum als HH:MM-HH:MM zwischen 00:00 und 24:00, mit Ende nach dem Beginn, der Reihe nach und ohne Überschneidung (höchstens 6 pro Tag). Eine Nachtschicht sind zwei Zeiträume: 22:00-24:00 und 00:00-06:00 am nächsten Tag.',
    holidays: 'Schreiben Sie jeden Feiertag einmal als echtes Datum JJJJ-MM-TT (Jahre 1900 bis 9999); höchstens 500.',
    tier: 'Jede Kundenstufe braucht ein Ziel für die erste Antwort und für die Lösung.',
    target:
      'Eine ganze Zahl von Geschäftsminuten von 1 bis 525.600. Das Lösungsziel ist nicht kürzer als das Ziel für die erste Antwort, und die Geschäftszeiten müssen lang genug sein, um es zu erreichen.',
  },
} satisfies Catalog<typeof en>;
