import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  starting_one:
    'AI się uruchamia: czeka {{count, number}} zgłoszenie. Eskalowane zgłoszenia pojawią się tutaj, gdy AI podejmie decyzję.',
  starting_few:
    'AI się uruchamia: czekają {{count, number}} zgłoszenia. Eskalowane zgłoszenia pojawią się tutaj, gdy AI podejmie decyzję.',
  starting_many:
    'AI się uruchamia: czeka {{count, number}} zgłoszeń. Eskalowane zgłoszenia pojawią się tutaj, gdy AI podejmie decyzję.',
  starting_other:
    'AI się uruchamia: czeka {{count, number}} zgłoszenia. Eskalowane zgłoszenia pojawią się tutaj, gdy AI podejmie decyzję.',
  deciding_one: 'AI rozpatruje {{count, number}} nowe zgłoszenie. Eskalowane zgłoszenia pojawią się tutaj.',
  deciding_few: 'AI rozpatruje {{count, number}} nowe zgłoszenia. Eskalowane zgłoszenia pojawią się tutaj.',
  deciding_many: 'AI rozpatruje {{count, number}} nowych zgłoszeń. Eskalowane zgłoszenia pojawią się tutaj.',
  deciding_other: 'AI rozpatruje {{count, number}} nowego zgłoszenia. Eskalowane zgłoszenia pojawią się tutaj.',
  waiting_one: '{{count, number}} nowe zgłoszenie czeka na AI. Eskalowane zgłoszenia pojawią się tutaj po decyzji.',
  waiting_few: '{{count, number}} nowe zgłoszenia czekają na AI. Eskalowane zgłoszenia pojawią się tutaj po decyzji.',
  waiting_many: '{{count, number}} nowych zgłoszeń czeka na AI. Eskalowane zgłoszenia pojawią się tutaj po decyzji.',
  waiting_other: '{{count, number}} nowego zgłoszenia czeka na AI. Eskalowane zgłoszenia pojawią się tutaj po decyzji.',
  failed: 'AI tej konsoli nie mogła się uruchomić; zobacz jej dziennik.',
} satisfies Catalog<typeof en>;
