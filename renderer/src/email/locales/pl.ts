import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  mail: {
    showQuoted: 'Pokaż cytowany tekst i podpis',
    hideQuoted: 'Ukryj cytowany tekst i podpis',
    automatic: {
      auto_reply: 'Wysłane automatycznie (autoodpowiedź lub nieobecność): AI na to nie odpowiedziała.',
      bounce: 'Powiadomienie o niedostarczeniu z serwera poczty: AI na to nie odpowiedziała.',
      mailing_list: 'Wysłane przez listę mailingową: AI na to nie odpowiedziała.',
    },
    attachments: 'Załączniki',
    download: 'Pobierz {{name}}',
    notStored: 'Nie zachowano: przekracza limit rozmiaru',
  },
  errors: {
    needs_network:
      'To wymaga centralnej kolejki, która jest teraz nieosiągalna. Spróbuj ponownie, gdy konsola będzie online.',
    not_failed: 'Ta odpowiedź nie jest już nieudana: w międzyczasie ponowiono ją lub wysłano.',
    not_stored: 'Ten załącznik nie został zachowany (przekraczał limit rozmiaru).',
    not_found: 'Kolejka nie zna tego elementu.',
    generic: 'Nie udało się: {{message}}',
  },
  channel: {
    queue: 'Kolejka odpowiedzialna',
    chooseQueue: 'Wybierz kolejkę',
    enabled: 'Włączony',
    imapUrl: 'Adres URL IMAP (przychodzące)',
    imapUrlHint: 'imaps://UŻYTKOWNIK@HOST dla TLS lub imap://UŻYTKOWNIK@HOST ze STARTTLS. Bez hasła.',
    smtpUrl: 'Adres URL SMTP (wychodzące)',
    smtpUrlHint: 'smtps://UŻYTKOWNIK@HOST dla TLS lub smtp://UŻYTKOWNIK@HOST:587 ze STARTTLS. Bez hasła.',
    fromName: 'Nazwa nadawcy',
    fromAddress: 'Adres nadawcy',
    mailbox: 'Folder skrzynki',
    pollSeconds: 'Sprawdzaj co (sekundy)',
    pollSecondsHint: 'Używane, gdy serwer nie ma IDLE: od 5 do 3600.',
    status: 'Stan',
    statusUnknown: 'Stan jest odczytywany z kolejki, gdy konsola jest online.',
    running: 'Działa',
    stopped: 'Nie działa',
    lastError: 'Ostatni błąd:',
    counts: '{{queued}} w kolejce · {{failed}} nieudanych · {{setAside}} odłożonych',
    lastMail: 'Ostatnia odczytana wiadomość: {{at}}',
    passwords: 'Hasła',
    passwordsHint:
      'Przechowywane w kolejce w postaci zaszyfrowanej i nigdy więcej nie pokazywane. Zostaw hasło SMTP puste, by użyć hasła IMAP.',
    passwordsSet: 'Hasła: ustawione',
    passwordsNotSet: 'Hasła: nieustawione',
    imapPassword: 'Hasło IMAP',
    smtpPassword: 'Hasło SMTP (opcjonalne)',
    savePasswords: 'Zapisz hasła',
    passwordsStored: 'Hasła zapisane.',
    passwordRequired: 'Wpisz hasło IMAP.',
    saveFirst: 'Najpierw zapisz kanał; potem można zapisać jego hasła i przetestować połączenie.',
    test: 'Testuj połączenie',
    testing: 'Testowanie obu kierunków…',
    imap: 'Przychodzące (IMAP)',
    smtp: 'Wychodzące (SMTP)',
    ok: 'działa',
    failedCheck: 'nie powiodło się',
  },
  rule: {
    imapUrl:
      'Wpisz imaps://UŻYTKOWNIK@HOST[:PORT] (TLS) lub imap://UŻYTKOWNIK@HOST[:PORT] (STARTTLS), z użytkownikiem i bez hasła; ?security=none tylko dla hosta pętli zwrotnej.',
    smtpUrl:
      'Wpisz smtps://UŻYTKOWNIK@HOST[:PORT] (TLS) lub smtp://UŻYTKOWNIK@HOST[:PORT] (STARTTLS), z użytkownikiem i bez hasła; ?security=none tylko dla hosta pętli zwrotnej.',
    fromAddress: 'Wpisz adres, z którego wysyłane są odpowiedzi, np. support@example.com.',
    fromName: 'Podaj nazwę wyświetlaną obok adresu nadawcy (najwyżej 200 znaków).',
    mailbox: 'Podaj folder IMAP, z którego czytana jest nowa poczta, np. INBOX.',
    pollSeconds: 'Liczba całkowita sekund od 5 do 3600.',
    queueId: 'Wybierz kolejkę, w której czekają nowe zgłoszenia z tej skrzynki.',
  },
} satisfies Catalog<typeof en>;
