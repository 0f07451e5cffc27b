import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  mail: {
    showQuoted: 'Zitierten Text und Signatur anzeigen',
    hideQuoted: 'Zitierten Text und Signatur ausblenden',
    automatic: {
      auto_reply: 'Automatisch gesendet (automatische Antwort oder Abwesenheitsnotiz): Die KI hat nicht geantwortet.',
      bounce: 'Eine Unzustellbarkeitsnachricht eines Mailservers: Die KI hat nicht geantwortet.',
      mailing_list: 'Von einer Mailingliste gesendet: Die KI hat nicht geantwortet.',
    },
    attachments: 'Anhänge',
    download: '{{name}} herunterladen',
    notStored: 'Nicht aufbewahrt: über der Größengrenze',
  },
  errors: {
    needs_network:
      'Dafür wird die zentrale Warteschlange gebraucht, die gerade nicht erreichbar ist. Versuchen Sie es erneut, sobald die Konsole online ist.',
    not_failed: 'Diese Antwort ist nicht mehr fehlgeschlagen: Sie wurde inzwischen erneut versucht oder gesendet.',
    not_stored: 'Dieser Anhang wurde nicht aufbewahrt (er war über der Größengrenze).',
    not_found: 'Die Warteschlange kennt dieses Element nicht.',
    generic: 'Das hat nicht geklappt: {{message}}',
  },
  channel: {
    queue: 'Zuständige Warteschlange',
    chooseQueue: 'Warteschlange wählen',
    enabled: 'Aktiviert',
    imapUrl: 'IMAP-URL (eingehend)',
    imapUrlHint: 'imaps://BENUTZER@HOST für TLS oder imap://BENUTZER@HOST mit STARTTLS. Kein Passwort hier.',
    smtpUrl: 'SMTP-URL (ausgehend)',
    smtpUrlHint: 'smtps://BENUTZER@HOST für TLS oder smtp://BENUTZER@HOST:587 mit STARTTLS. Kein Passwort hier.',
    fromName: 'Absendername',
    fromAddress: 'Absenderadresse',
    mailbox: 'Postfachordner',
    pollSeconds: 'Prüfen alle (Sekunden)',
    pollSecondsHint: 'Gilt, wenn der Server kein IDLE hat: 5 bis 3600.',
    status: 'Status',
    statusUnknown: 'Der Status wird online von der Warteschlange gelesen.',
    running: 'Läuft',
    stopped: 'Läuft nicht',
    lastError: 'Letzter Fehler:',
    counts: '{{queued}} eingereiht · {{failed}} fehlgeschlagen · {{setAside}} beiseitegelegt',
    lastMail: 'Letzte gelesene Mail: {{at}}',
    passwords: 'Passwörter',
    passwordsHint:
      'Verschlüsselt in der Warteschlange gespeichert und nie wieder angezeigt. Lassen Sie das SMTP-Passwort leer, um das IMAP-Passwort zu verwenden.',
    passwordsSet: 'Passwörter: gesetzt',
    passwordsNotSet: 'Passwörter: nicht gesetzt',
    imapPassword: 'IMAP-Passwort',
    smtpPassword: 'SMTP-Passwort (optional)',
    savePasswords: 'Passwörter speichern',
    passwordsStored: 'Passwörter gespeichert.',
    passwordRequired: 'Geben Sie das IMAP-Passwort ein.',
    saveFirst:
      'Speichern Sie zuerst den Kanal; danach lassen sich seine Passwörter speichern und die Verbindung testen.',
    test: 'Verbindung testen',
    testing: 'Beide Richtungen werden getestet…',
    imap: 'Eingehend (IMAP)',
    smtp: 'Ausgehend (SMTP)',
    ok: 'funktioniert',
    failedCheck: 'fehlgeschlagen',
  },
  rule: {
    imapUrl:
      'Schreiben Sie imaps://BENUTZER@HOST[:PORT] (TLS) oder imap://BENUTZER@HOST[:PORT] (STARTTLS), mit Benutzer und ohne Passwort; ?security=none nur für einen Loopback-Host.',
    smtpUrl:
      'Schreiben Sie smtps://BENUTZER@HOST[:PORT] (TLS) oder smtp://BENUTZER@HOST[:PORT] (STARTTLS), mit Benutzer und ohne Passwort; ?security=none nur für einen Loopback-Host.',
    fromAddress: 'Schreiben Sie die Adresse, von der Antworten gesendet werden, etwa support@example.com.',
    fromName: 'Geben Sie den Namen an, der neben der Absenderadresse steht (höchstens 200 Zeichen).',
    mailbox: 'Nennen Sie den IMAP-Ordner, aus dem neue Mails gelesen werden, etwa INBOX.',
    pollSeconds: 'Eine ganze Zahl von Sekunden von 5 bis 3600.',
    queueId: 'Wählen Sie die Warteschlange, in der neue Tickets dieses Postfachs warten.',
  },
} satisfies Catalog<typeof en>;
