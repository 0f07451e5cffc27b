import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  mail: {
    showQuoted: 'Geciteerde tekst en handtekening tonen',
    hideQuoted: 'Geciteerde tekst en handtekening verbergen',
    automatic: {
      auto_reply: 'Automatisch verzonden (automatisch antwoord of afwezigheidsbericht): de AI heeft niet geantwoord.',
      bounce: 'Een onbestelbaarheidsbericht van een mailserver: de AI heeft niet geantwoord.',
      mailing_list: 'Verzonden door een mailinglijst: de AI heeft niet geantwoord.',
    },
    attachments: 'Bijlagen',
    download: '{{name}} downloaden',
    notStored: 'Niet bewaard: boven de groottelimiet',
  },
  errors: {
    needs_network:
      'Hiervoor is de centrale wachtrij nodig, die nu niet bereikbaar is. Probeer het opnieuw zodra de console online is.',
    not_failed: 'Dit antwoord is niet meer mislukt: het is intussen opnieuw geprobeerd of verzonden.',
    not_stored: 'Deze bijlage is niet bewaard (ze was groter dan de limiet).',
    not_found: 'De wachtrij kent dit item niet.',
    generic: 'Dat lukte niet: {{message}}',
  },
  channel: {
    queue: 'Verantwoordelijke wachtrij',
    chooseQueue: 'Kies een wachtrij',
    enabled: 'Ingeschakeld',
    imapUrl: 'IMAP-URL (inkomend)',
    imapUrlHint: 'imaps://GEBRUIKER@HOST voor TLS, of imap://GEBRUIKER@HOST met STARTTLS. Geen wachtwoord hier.',
    smtpUrl: 'SMTP-URL (uitgaand)',
    smtpUrlHint: 'smtps://GEBRUIKER@HOST voor TLS, of smtp://GEBRUIKER@HOST:587 met STARTTLS. Geen wachtwoord hier.',
    fromName: 'Afzendernaam',
    fromAddress: 'Afzenderadres',
    mailbox: 'Mailboxmap',
    pollSeconds: 'Controleren elke (seconden)',
    pollSecondsHint: 'Gebruikt als de server geen IDLE heeft: 5 tot 3600.',
    status: 'Status',
    statusUnknown: 'De status wordt online bij de wachtrij opgevraagd.',
    running: 'Actief',
    stopped: 'Niet actief',
    lastError: 'Laatste fout:',
    counts: '{{queued}} in de wachtrij · {{failed}} mislukt · {{setAside}} apart gezet',
    lastMail: 'Laatste gelezen mail: {{at}}',
    passwords: 'Wachtwoorden',
    passwordsHint:
      'Versleuteld in de wachtrij opgeslagen en nooit meer getoond. Laat het SMTP-wachtwoord leeg om het IMAP-wachtwoord te gebruiken.',
    passwordsSet: 'Wachtwoorden: ingesteld',
    passwordsNotSet: 'Wachtwoorden: niet ingesteld',
    imapPassword: 'IMAP-wachtwoord',
    smtpPassword: 'SMTP-wachtwoord (optioneel)',
    savePasswords: 'Wachtwoorden opslaan',
    passwordsStored: 'Wachtwoorden opgeslagen.',
    passwordRequired: 'Typ het IMAP-wachtwoord.',
    saveFirst: 'Sla eerst het kanaal op; daarna kunnen de wachtwoorden worden opgeslagen en de verbinding getest.',
    test: 'Verbinding testen',
    testing: 'Beide richtingen worden getest…',
    imap: 'Inkomend (IMAP)',
    smtp: 'Uitgaand (SMTP)',
    ok: 'werkt',
    failedCheck: 'mislukt',
  },
  rule: {
    imapUrl:
      'Schrijf imaps://GEBRUIKER@HOST[:POORT] (TLS) of imap://GEBRUIKER@HOST[:POORT] (STARTTLS), met de gebruiker en zonder wachtwoord; ?security=none alleen voor een loopback-host.',
    smtpUrl:
      'Schrijf smtps://GEBRUIKER@HOST[:POORT] (TLS) of smtp://GEBRUIKER@HOST[:POORT] (STARTTLS), met de gebruiker en zonder wachtwoord; ?security=none alleen voor een loopback-host.',
    fromAddress: 'Schrijf het adres waarvandaan antwoorden worden verzonden, zoals support@example.com.',
    fromName: 'Geef de naam die naast het afzenderadres staat (hoogstens 200 tekens).',
    mailbox: 'Noem de IMAP-map waaruit nieuwe mail wordt gelezen, zoals INBOX.',
    pollSeconds: 'Een geheel aantal seconden van 5 tot 3600.',
    queueId: 'Kies de wachtrij waar nieuwe tickets van deze mailbox wachten.',
  },
} satisfies Catalog<typeof en>;
