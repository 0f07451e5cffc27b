import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'Geschiedenis',
  show: 'Geschiedenis tonen',
  hide: 'Geschiedenis verbergen',
  loading: 'Geschiedenis laden…',
  empty: 'Nog niets vastgelegd.',
  fromCache: 'Offline: de geschiedenis zoals opgehaald {{time}}.',
  refused: 'geweigerd',
  claimedName: '(de console gaf de naam “{{name}}” op)',
  retry: 'Opnieuw proberen',
  action: {
    ticket_intake: 'Ticket ontvangen',
    ai_decision: 'AI-beslissing',
    agent_reply: 'Beantwoord',
    send_and_resolve: 'Beantwoord en opgelost',
    note: 'Interne notitie',
    reassign: 'Opnieuw toegewezen',
    review: 'Beoordeeld',
    reopen: 'Heropend',
    assign: 'Opgepakt',
    snooze: 'Uitgesteld',
    handback: 'Teruggegeven aan de AI',
    mark_spam: 'Als spam gemarkeerd',
    tag: 'Tags gewijzigd',
    customer_reply: 'Klant schreef',
    customer_rating: 'Klant beoordeelde',
    ticket_imported: 'Geïmporteerd',
    ticket_import_updated: 'Bijgewerkt door een import',
  },
} satisfies Catalog<typeof en>;
