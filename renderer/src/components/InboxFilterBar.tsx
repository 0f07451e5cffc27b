import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EscalationReasonCodeSchema, CustomerTierSchema } from '../../../shared/domain/ticket.js';
import type { InboxFilters, InboxView } from '../../../shared/api/console-contract.js';
import { useFormat } from '../format/useFormat.js';
import { useConsoleState, useController } from '../state/context.js';
import { saveView } from '../state/saved-views.js';
import { useTenantTags } from '../tags/tenant-tags.js';

const VIEWS: InboxView[] = ['all', 'mine', 'snoozed'];

/** View (all / mine / snoozed), filters and "save this view" above the inbox. */
export function InboxFilterBar() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const controller = useController();
  const query = useConsoleState((s) => s.inboxQuery);
  const setup = useConsoleState((s) => s.setup);
  const total = useConsoleState((s) => s.inboxWindow.total);
  const unread = useConsoleState((s) => s.inboxWindow.unread);
  const tags = useTenantTags();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');

  const setFilter = (key: keyof InboxFilters, value: string) => {
    const filters: Record<string, string> = { ...query.filters };
    if (value) filters[key] = value;
    else delete filters[key];
    controller.setInboxQuery({ ...query, filters: filters as InboxFilters });
  };

  const select = (key: keyof InboxFilters, label: string, options: Array<{ value: string; label: string }>) => (
    <label className="filter">
      <span className="filter-label">{label}</span>
      <select
        data-testid={`inbox-filter-${key}`}
        value={query.filters[key] ?? ''}
        onChange={(e) => setFilter(key, e.target.value)}
      >
        <option value="">{t('inbox.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="inbox-filters" role="group" aria-label={t('inbox.filters')}>
      <div className="inbox-views" role="radiogroup" aria-label={t('inbox.view')}>
        {VIEWS.map((view) => (
          <button
            key={view}
            type="button"
            role="radio"
            aria-checked={query.view === view}
            className={`button button-small${query.view === view ? ' button-primary' : ''}`}
            data-testid={`inbox-view-${view}`}
            onClick={() => controller.setInboxQuery({ ...query, view })}
          >
            {t(`inbox.views.${view}`)}
          </button>
        ))}
        <span className="inbox-count" data-testid="inbox-count" aria-live="polite">
          {t('inbox.count', { total: fmt.number(total), unread: fmt.number(unread) })}
        </span>
      </div>
      <details className="inbox-filter-menus">
        <summary>{t('inbox.filters')}</summary>
        {select(
          'queue',
          t('ticket.ownerQueue'),
          (setup?.queues ?? []).map((q) => ({ value: q.id, label: q.name })),
        )}
        {select(
          'language',
          t('ticket.language'),
          (setup?.languages ?? []).map((code) => ({ value: code, label: fmt.languageName(code) })),
        )}
        {select(
          'intent',
          t('ticket.intent'),
          (setup?.intents ?? []).map((intent) => ({ value: intent, label: intent })),
        )}
        {select(
          'reason',
          t('inbox.reason'),
          EscalationReasonCodeSchema.options.map((code) => ({ value: code, label: t(`reason.${code}`) })),
        )}
        {select(
          'tier',
          t('ticket.tier'),
          CustomerTierSchema.options.map((tier) => ({ value: tier, label: t(`tier.${tier}`) })),
        )}
        {select(
          'tag',
          t('tags.filterLabel'),
          tags.map((tag) => ({ value: tag.id, label: tag.name })),
        )}
        {naming ? (
          <form
            className="save-view"
            onSubmit={(e) => {
              e.preventDefault();
              if (!name.trim()) return;
              saveView({ name: name.trim(), filters: query.filters, view: query.view });
              setNaming(false);
              setName('');
            }}
          >
            <label htmlFor={`${id}-name`}>{t('inbox.viewName')}</label>
            <input
              id={`${id}-name`}
              data-testid="saved-view-name"
              value={name}
              maxLength={60}
              autoFocus
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit" className="button button-small">
              {t('inbox.save')}
            </button>
          </form>
        ) : (
          <button type="button" className="button button-small" data-testid="save-view" onClick={() => setNaming(true)}>
            {t('inbox.saveView')}
          </button>
        )}
      </details>
    </div>
  );
}
