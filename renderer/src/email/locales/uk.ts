import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  mail: {
    showQuoted: 'Показати цитату й підпис',
    hideQuoted: 'Сховати цитату й підпис',
    automatic: {
      auto_reply: 'Надіслано автоматично (автовідповідь або «немає на місці»): ШІ не відповідав.',
      bounce: 'Сповіщення поштового сервера про недоставку: ШІ не відповідав.',
      mailing_list: 'Надіслано списком розсилки: ШІ не відповідав.',
    },
    attachments: 'Вкладення',
    download: 'Завантажити {{name}}',
    notStored: 'Не збережено: перевищено межу розміру',
  },
  errors: {
    needs_network:
      'Для цього потрібна центральна черга, яка зараз недоступна. Спробуйте знову, коли консоль буде в мережі.',
    not_failed: 'Ця відповідь уже не з помилкою: її тим часом повторили або надіслали.',
    not_stored: 'Це вкладення не збережено (воно перевищувало межу розміру).',
    not_found: 'Черга не знає цього елемента.',
    generic: 'Не вдалося: {{message}}',
  },
  channel: {
    queue: 'Відповідальна черга',
    chooseQueue: 'Виберіть чергу',
    enabled: 'Увімкнено',
    imapUrl: 'URL IMAP (вхідні)',
    imapUrlHint: 'imaps://КОРИСТУВАЧ@ХОСТ для TLS або imap://КОРИСТУВАЧ@ХОСТ зі STARTTLS. Без пароля.',
    smtpUrl: 'URL SMTP (вихідні)',
    smtpUrlHint: 'smtps://КОРИСТУВАЧ@ХОСТ для TLS або smtp://КОРИСТУВАЧ@ХОСТ:587 зі STARTTLS. Без пароля.',
    fromName: 'Ім’я відправника',
    fromAddress: 'Адреса відправника',
    mailbox: 'Папка скриньки',
    pollSeconds: 'Перевіряти кожні (секунди)',
    pollSecondsHint: 'Коли сервер не має IDLE: від 5 до 3600.',
    status: 'Стан',
    statusUnknown: 'Стан читається з черги, коли консоль у мережі.',
    running: 'Працює',
    stopped: 'Не працює',
    lastError: 'Остання помилка:',
    counts: 'у черзі: {{queued}} · з помилкою: {{failed}} · відкладено: {{setAside}}',
    lastMail: 'Останній прочитаний лист: {{at}}',
    passwords: 'Паролі',
    passwordsHint:
      'Зберігаються в черзі зашифрованими й більше не показуються. Залиште пароль SMTP порожнім, щоб використати пароль IMAP.',
    passwordsSet: 'Паролі: задано',
    passwordsNotSet: 'Паролі: не задано',
    imapPassword: 'Пароль IMAP',
    smtpPassword: 'Пароль SMTP (необов’язково)',
    savePasswords: 'Зберегти паролі',
    passwordsStored: 'Паролі збережено.',
    passwordRequired: 'Введіть пароль IMAP.',
    saveFirst: 'Спершу збережіть канал; тоді можна зберегти паролі й перевірити з’єднання.',
    test: 'Перевірити з’єднання',
    testing: 'Перевірка в обидва боки…',
    imap: 'Вхідні (IMAP)',
    smtp: 'Вихідні (SMTP)',
    ok: 'працює',
    failedCheck: 'помилка',
  },
  rule: {
    imapUrl:
      'Напишіть imaps://КОРИСТУВАЧ@ХОСТ[:ПОРТ] (TLS) або imap://КОРИСТУВАЧ@ХОСТ[:ПОРТ] (STARTTLS), з користувачем і без пароля; ?security=none лише для локального (loopback) хоста.',
    smtpUrl:
      'Напишіть smtps://КОРИСТУВАЧ@ХОСТ[:ПОРТ] (TLS) або smtp://КОРИСТУВАЧ@ХОСТ[:ПОРТ] (STARTTLS), з користувачем і без пароля; ?security=none лише для локального (loopback) хоста.',
    fromAddress: 'Вкажіть адресу, з якої надсилаються відповіді, наприклад support@example.com.',
    fromName: 'Вкажіть ім’я поруч з адресою відправника (не більше 200 символів).',
    mailbox: 'Вкажіть папку IMAP, з якої читається нова пошта, наприклад INBOX.',
    pollSeconds: 'Ціле число секунд від 5 до 3600.',
    queueId: 'Виберіть чергу, де чекають нові тікети цієї скриньки.',
  },
} satisfies Catalog<typeof en>;
