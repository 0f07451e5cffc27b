import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useFormat } from '../format/useFormat.js';
import { AiToolResults } from './AiToolResults.js';
import { CustomerHistoryPanel } from '../customer-history/CustomerHistoryPanel.js';

/** Who the customer is, what the AI understood of the ticket, and what it looked up (the context it decided on). */
export function CustomerPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { customer } = ticket;
  return (
    <section className="panel customer-panel" data-testid="customer-panel" aria-labelledby="customer-panel-title">
      <h3 id="customer-panel-title" className="panel-title">
        {t('customerPanel.title')}
      </h3>
      <dl className="facts facts-inline" data-testid="ticket-customer">
        <div>
          <dt>{t('ticket.customer')}</dt>
          <dd dir="auto" data-testid="customer-name">
            {customer.name}
          </dd>
        </div>
        <div>
          <dt>{t('ticket.tier')}</dt>
          <dd>
            <span className={`chip tier-${customer.tier}`}>{t(`tier.${customer.tier}`)}</span>
          </dd>
        </div>
        {customer.market ? (
          <div>
            <dt>{t('ticket.market')}</dt>
            <dd>{customer.market}</dd>
          </div>
        ) : null}
        {customer.email ? (
          <div>
            <dt>{t('customerPanel.email')}</dt>
            <dd dir="ltr">{customer.email}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('customerPanel.customerId')}</dt>
          <dd dir="ltr">{customer.id}</dd>
        </div>
        <div>
          <dt>{t('ticket.channel')}</dt>
          <dd>{ticket.channel}</dd>
        </div>
        <div>
          <dt>{t('ticket.created')}</dt>
          <dd>
            <time dateTime={ticket.createdAt}>{fmt.dateTime(ticket.createdAt)}</time>
          </dd>
        </div>
        {ticket.assignee ? (
          <div>
            <dt>{t('customerPanel.assignee')}</dt>
            <dd data-testid="ticket-assignee">{ticket.assignee}</dd>
          </div>
        ) : null}
        {ticket.snoozedUntil ? (
          <div>
            <dt>{t('customerPanel.snoozedUntil')}</dt>
            <dd data-testid="ticket-snoozed-until">
              <time dateTime={ticket.snoozedUntil}>{fmt.dateTime(ticket.snoozedUntil)}</time>
            </dd>
          </div>
        ) : null}
      </dl>
      <CustomerHistoryPanel ticket={ticket} />
      <h4 className="panel-subtitle">{t('customerPanel.aiSaw')}</h4>
      <dl className="facts facts-inline" data-testid="ai-context">
        <div>
          <dt>{t('ticket.language')}</dt>
          <dd>{ticket.language ? fmt.languageName(ticket.language) : t('list.unknownLanguage')}</dd>
        </div>
        <div>
          <dt>{t('ticket.intent')}</dt>
          <dd>{ticket.intent ?? t('list.noIntent')}</dd>
        </div>
        {ticket.confidence !== null ? (
          <div>
            <dt>{t('customerPanel.confidence')}</dt>
            <dd>{fmt.percent(ticket.confidence)}</dd>
          </div>
        ) : null}
      </dl>
      <AiToolResults results={ticket.aiToolResults} />
    </section>
  );
}
