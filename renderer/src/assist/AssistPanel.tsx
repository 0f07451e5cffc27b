import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AiAssist } from '../../../shared/domain/ai-assist.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import type { Formatters } from '../format/formatters.js';
import { useFormat } from '../format/useFormat.js';
import { useConsoleState, useController } from '../state/context.js';
import { ArticleDialog, type ArticleToShow } from './ArticleDialog.js';
import { articleTitle, useTenantArticles } from './useTenantArticles.js';
import './assist.css';

/** Below a cent a cost reads "under $0.01" rather than "$0.00". */
const CENT = 0.01;

/** Under a second in milliseconds (the SI symbol, the same in every language), else in the UI locale's units. */
function latencyText(latencyMs: number, fmt: Formatters): string {
  return latencyMs < 1000 ? `${fmt.number(Math.round(latencyMs))} ms` : fmt.duration(latencyMs / 1000);
}

/**
 * What the AI left for the agent on a ticket (ticket.aiAssist, from its latest decision): the route it took with the
 * model, prompt version, cost and time; on an escalation the passages its draft cites (each opens the article at
 * that passage), the macros it suggests (Insert puts one into the reply) and the articles (Open). `i` moves the focus
 * here; every part is a button, reached with Tab.
 */
export function AssistPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const assist = ticket.aiAssist;
  const articles = useTenantArticles(ticket.version);
  const [shown, setShown] = useState<ArticleToShow | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  if (!assist) return null;

  const open = (article: ArticleToShow) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setShown(article);
  };
  const close = () => {
    setShown(null);
    opener.current?.focus();
  };
  const escalated = ticket.status === 'escalated';

  return (
    <section
      className="panel assist"
      data-testid="ai-assist"
      data-route={assist.routing.route}
      aria-labelledby="assist-title"
      tabIndex={-1}
    >
      <h3 id="assist-title" className="panel-title">
        {t('assist.title')}
      </h3>
      <RouteLine assist={assist} />
      {escalated ? (
        <>
          <Citations assist={assist} onOpen={open} />
          <SuggestedMacros ids={assist.suggestedMacros} />
          <SuggestedArticles
            ids={assist.suggestedArticles}
            title={(id) =>
              articleTitle(
                articles.find((a) => a.id === id),
                id,
                ticket.language,
              )
            }
            onOpen={(articleId, title) => open({ articleId, language: ticket.language, title })}
          />
        </>
      ) : null}
      {shown ? (
        <ArticleDialog shown={shown} article={articles.find((a) => a.id === shown.articleId)} onClose={close} />
      ) : null}
    </section>
  );
}

/** Route, model, prompt version, cost and time of the decision, on one line; the route's reason under it. */
function RouteLine({ assist }: { assist: AiAssist }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { route, model, promptVersion, reason } = assist.routing;
  const cost = assist.costUsd;
  const facts: Array<{ key: string; label: string; value: string }> = [
    { key: 'route', label: t('assist.routeLabel'), value: t(`assist.route.${route}`) },
    ...(model ? [{ key: 'model', label: t('assist.modelLabel'), value: model }] : []),
    ...(promptVersion ? [{ key: 'prompt', label: t('assist.promptLabel'), value: promptVersion }] : []),
    ...(cost !== undefined
      ? [
          {
            key: 'cost',
            label: t('assist.costLabel'),
            value:
              cost === 0
                ? t('assist.noCost')
                : cost < CENT
                  ? t('assist.belowCent', { amount: fmt.currency(CENT, 'USD') })
                  : fmt.currency(cost, 'USD'),
          },
        ]
      : []),
    ...(assist.latencyMs !== undefined
      ? [{ key: 'latency', label: t('assist.latencyLabel'), value: latencyText(assist.latencyMs, fmt) }]
      : []),
  ];
  return (
    <>
      <dl className="assist-route" data-testid="assist-route">
        {facts.map((fact) => (
          <div key={fact.key} data-fact={fact.key}>
            <dt>{fact.label}</dt>
            <dd dir="auto">{fact.value}</dd>
          </div>
        ))}
      </dl>
      {reason ? (
        <p className="assist-reason" lang="en" dir="auto" data-testid="assist-reason">
          {reason}
        </p>
      ) : null}
    </>
  );
}

function Citations({ assist, onOpen }: { assist: AiAssist; onOpen: (article: ArticleToShow) => void }) {
  const { t } = useTranslation();
  if (assist.citations.length === 0) return null;
  return (
    <>
      <h4 className="assist-subtitle">{t('assist.citations')}</h4>
      <ol className="assist-list" data-testid="assist-citations">
        {assist.citations.map((citation, index) => (
          <li key={`${citation.articleId}:${citation.language}:${index}`}>
            <button
              type="button"
              className="button button-small"
              data-testid="assist-citation"
              data-article-id={citation.articleId}
              lang={citation.language}
              dir="auto"
              onClick={() =>
                onOpen({
                  articleId: citation.articleId,
                  language: citation.language,
                  title: citation.title,
                  passage: citation.passage,
                })
              }
            >
              {t('assist.citation', { n: index + 1, title: citation.title })}
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}

function SuggestedMacros({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const controller = useController();
  const macros = useConsoleState((s) => s.setup?.macros ?? []);
  const known = ids.flatMap((id) => macros.filter((macro) => macro.id === id));
  if (known.length === 0) return null;
  return (
    <>
      <h4 className="assist-subtitle">{t('assist.suggestedMacros')}</h4>
      <ul className="assist-list" data-testid="assist-macros">
        {known.map((macro) => (
          <li key={macro.id}>
            <button
              type="button"
              className="button button-small"
              data-testid="assist-macro"
              data-macro-id={macro.id}
              onClick={() => controller.insertMacro(macro.id)}
            >
              {t('assist.insertMacro', { name: macro.name })}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function SuggestedArticles({
  ids,
  title,
  onOpen,
}: {
  ids: readonly string[];
  title: (id: string) => string;
  onOpen: (articleId: string, title: string) => void;
}) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  return (
    <>
      <h4 className="assist-subtitle">{t('assist.suggestedArticles')}</h4>
      <ul className="assist-list" data-testid="assist-articles">
        {ids.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="button button-small"
              data-testid="assist-article-open"
              data-article-id={id}
              dir="auto"
              onClick={() => onOpen(id, title(id))}
            >
              {t('assist.open', { title: title(id) })}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
