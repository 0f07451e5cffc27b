import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AiHealthEvent, AiSpend, StoredAiHealthEvent } from '../../../shared/api/ai-health-contract.js';
import { AI_ROUTES } from '../../../shared/domain/ai-assist.js';
import type { AppError } from '../../../shared/result.js';
import { budgetState } from '../../../shared/routing/model-budget.js';
import { routingPolicy } from '../../../shared/settings/tenant-settings.js';
import { useFormat } from '../format/useFormat.js';
import { useLeadScreen } from '../lead/lead-screen.js';
import { useUsd } from '../routing/usd.js';
import { useConsoleState, useController } from '../state/context.js';
import { useTenantSettings } from '../state/useTenantSettings.js';
import { readHealthEvents, useAiHealthAlerts } from './ai-health-alerts.js';
import '../routing/routing.css';
import './ai-health.css';

/** The newest events the screen shows. */
const EVENTS_SHOWN = 100;

type Outcome = Extract<AiHealthEvent, { kind: 'shadow_run' }>['disagreements'][number]['was'];

/** A ticket id as a button that opens the ticket beside the agent's lists. */
function TicketLink({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const controller = useController();
  const setScreen = useLeadScreen((s) => s.setScreen);
  return (
    <button
      type="button"
      className="link"
      data-testid={`ai-health-ticket-${ticketId}`}
      onClick={() => {
        setScreen(null);
        controller.openTicket(ticketId);
      }}
    >
      {t('aiHealth.openTicket', { id: ticketId })}
    </button>
  );
}

function EventBody({ event, toolApiName }: { event: AiHealthEvent; toolApiName(id: string): string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const usd = useUsd();
  const outcome = (o: Outcome) =>
    o.action === 'resolve'
      ? t('aiHealth.shadow.resolve')
      : t('aiHealth.shadow.escalate', { queue: o.ownerQueue ?? '' });
  switch (event.kind) {
    case 'integration_drift':
      return (
        <>
          <p>
            {t('aiHealth.drift.title', { api: toolApiName(event.toolApiId) })}{' '}
            <code dir="ltr">{event.operationId}</code>
          </p>
          <p>
            <code dir="ltr" className="ai-health-problem">
              {event.problem}
            </code>
          </p>
          <p>
            {t('aiHealth.drift.escalated')} <TicketLink ticketId={event.ticketId} />
          </p>
        </>
      );
    case 'shadow_run':
      return (
        <>
          <p>
            {t('aiHealth.shadow.title', { sampled: fmt.number(event.sampled) })} <code dir="ltr">{event.model}</code>{' '}
            <code dir="ltr">{event.promptVersion}</code>
          </p>
          <p data-testid="ai-health-agreement">
            {t('aiHealth.shadow.agreement', {
              value: fmt.percent(event.agreement),
              tolerance: fmt.percent(event.minAgreement),
            })}
          </p>
          <p data-testid="ai-health-refusals">
            {t('aiHealth.shadow.refusals', {
              value: fmt.percent(event.guardRefusalRate),
              tolerance: fmt.percent(event.maxGuardRefusalRate),
            })}
          </p>
          {event.disagreements.length > 0 ? (
            <ul className="ai-health-disagreements" aria-label={t('aiHealth.shadow.disagreements')}>
              {event.disagreements.map((d) => (
                <li key={d.ticketId}>
                  <TicketLink ticketId={d.ticketId} />:{' '}
                  {t('aiHealth.shadow.change', { was: outcome(d.was), now: outcome(d.now) })}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      );
    case 'budget':
      return (
        <p>
          {t(`aiHealth.budget.${event.state}`, {
            month: event.month,
            spent: usd(event.spentUsd),
            budget: usd(event.monthlyUsd),
          })}
        </p>
      );
  }
}

function EventItem({ stored, toolApiName }: { stored: StoredAiHealthEvent; toolApiName(id: string): string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <li
      className={stored.alert ? 'ai-health-event alert' : 'ai-health-event'}
      data-testid="ai-health-event"
      data-kind={stored.event.kind}
      data-alert={stored.alert}
    >
      <p className="ai-health-event-head">
        {stored.alert ? <strong className="ai-health-alert-mark">{t('aiHealth.alert')}</strong> : null}{' '}
        <strong>{t(`aiHealth.kind.${stored.event.kind}`)}</strong>{' '}
        <time dateTime={stored.at}>{fmt.dateTime(stored.at)}</time>
      </p>
      <EventBody event={stored.event} toolApiName={toolApiName} />
      {stored.count !== undefined && stored.count > 1 ? (
        <p className="admin-hint">{t('aiHealth.reported', { count: stored.count })}</p>
      ) : null}
    </li>
  );
}

function SpendTable({ spend, budgetUsd }: { spend: AiSpend; budgetUsd: number | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const usd = useUsd();
  const { view } = useTenantSettings();
  const state = view ? budgetState(routingPolicy(view.settings).budget, spend.spentUsd) : 'ok';
  return (
    <section aria-labelledby="ai-health-spend-title" data-testid="ai-health-spend">
      <h3 id="ai-health-spend-title">{t('aiHealth.spend.title', { month: spend.month })}</h3>
      <p data-testid="ai-health-spent">
        {budgetUsd === null
          ? t('aiHealth.spend.noBudget', { spent: usd(spend.spentUsd) })
          : t('aiHealth.spend.ofBudget', {
              spent: usd(spend.spentUsd),
              budget: usd(budgetUsd),
              share: budgetUsd > 0 ? fmt.percent(spend.spentUsd / budgetUsd) : '–',
            })}{' '}
        {state !== 'ok' ? (
          <strong className="routing-warning" data-testid="ai-health-budget-state">
            {t(`aiHealth.spend.${state}`)}
          </strong>
        ) : null}
      </p>
      <table className="routing-table">
        <caption>{t('aiHealth.spend.byRoute')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('aiHealth.spend.route')}</th>
            <th scope="col">{t('aiHealth.spend.decisions')}</th>
            <th scope="col">{t('aiHealth.spend.tokens')}</th>
            <th scope="col">{t('aiHealth.spend.cost')}</th>
          </tr>
        </thead>
        <tbody>
          {AI_ROUTES.map((route) => (
            <tr key={route} data-testid={`ai-health-spend-${route}`}>
              <th scope="row">{t(`routing.route.${route}`)}</th>
              <td>{fmt.number(spend.byRoute[route].decisions)}</td>
              <td>{fmt.number(spend.byRoute[route].tokens)}</td>
              <td data-testid="cost">{usd(spend.byRoute[route].costUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The lead's AI health: what the AI's own checks reported to the queue (integration drift, shadow runs against the
 * tenant's tolerance, budget warnings), newest first with the alerts marked, and the month's model spend by route
 * against the routing policy's budget. Both are the queue's: offline the screen says it needs the network.
 */
export function AiHealthScreen() {
  const { t } = useTranslation();
  const { api } = useController();
  const online = useConsoleState((s) => s.status?.online ?? false);
  const { view } = useTenantSettings();
  const markSeen = useAiHealthAlerts((s) => s.markSeen);
  const [events, setEvents] = useState<StoredAiHealthEvent[] | null>(null);
  const [spend, setSpend] = useState<AiSpend | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const load = useCallback(async () => {
    const [listed, spent] = await Promise.all([readHealthEvents(api, { limit: EVENTS_SHOWN }), api.getAiSpend({})]);
    const refused = !listed.ok ? listed.error : !spent.ok ? spent.error : null;
    setError(refused);
    if (listed.ok) {
      setEvents(listed.value.events);
      markSeen(listed.value.events);
    }
    if (spent.ok) setSpend(spent.value);
  }, [api, markSeen]);
  useEffect(() => {
    void load();
  }, [load, online]);

  const toolApiName = (id: string) => view?.settings.tool_api.find((entry) => entry.id === id)?.value.name ?? id;
  const alerts = events?.filter((stored) => stored.alert).length ?? 0;
  const budgetUsd = view ? routingPolicy(view.settings).budget.monthlyUsd : null;
  return (
    <section className="ai-health-screen" aria-labelledby="ai-health-title" data-testid="ai-health-screen">
      <h2 id="ai-health-title">{t('aiHealth.title')}</h2>
      <p className="admin-hint">{t('aiHealth.intro')}</p>
      <button type="button" onClick={() => void load()} data-testid="ai-health-refresh">
        {t('aiHealth.refresh')}
      </button>
      {error ? (
        <p className="error-message" role="alert" data-testid="ai-health-error">
          {error.code === 'needs_network' ? t('aiHealth.needsNetwork') : error.message}
        </p>
      ) : null}
      {spend ? <SpendTable spend={spend} budgetUsd={budgetUsd} /> : null}
      {events ? (
        <section aria-labelledby="ai-health-events-title">
          <h3 id="ai-health-events-title">{t('aiHealth.events')}</h3>
          <p role="status" data-testid="ai-health-alert-count">
            {t('aiHealth.alertCount', { count: alerts, total: events.length })}
          </p>
          {events.length === 0 ? (
            <p className="empty-state" data-testid="ai-health-none">
              {t('aiHealth.none')}
            </p>
          ) : (
            <ol className="ai-health-events" data-testid="ai-health-events">
              {events.map((stored) => (
                <EventItem key={stored.id} stored={stored} toolApiName={toolApiName} />
              ))}
            </ol>
          )}
        </section>
      ) : null}
    </section>
  );
}
