import { useTranslation } from 'react-i18next';
import type { AiToolResult, JsonValue } from '../../../shared/domain/ai-tool-results.js';

/** Arguments shown in a call's one-line summary; the rest are in its details. */
const SUMMARY_ARGUMENTS = 3;
/** Longest argument value in the summary, in characters. */
const SUMMARY_VALUE_LENGTH = 40;
/** Nesting shown as lists; deeper values are shown as compact JSON text. */
const MAX_DEPTH = 3;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const scalarText = (value: JsonValue): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** The call's key arguments on one line: `order_id: #W2403075 · reason: ordered by mistake`. */
function argumentSummary(args: AiToolResult['arguments']): string {
  return Object.entries(args)
    .slice(0, SUMMARY_ARGUMENTS)
    .map(([key, value]) => `${key}: ${clip(scalarText(value), SUMMARY_VALUE_LENGTH)}`)
    .join(' · ');
}

/** A JSON value as nested lists: objects as term/value pairs, arrays as items, text as text (its own direction). */
function JsonView({ value, depth = 0 }: { value: JsonValue; depth?: number }) {
  if (value === null || typeof value !== 'object') {
    return <span dir="auto">{scalarText(value)}</span>;
  }
  if (depth >= MAX_DEPTH) return <code dir="ltr">{clip(JSON.stringify(value), 200)}</code>;
  if (Array.isArray(value)) {
    return (
      <ol className="tool-json-list">
        {value.map((item, i) => (
          <li key={i}>
            <JsonView value={item} depth={depth + 1} />
          </li>
        ))}
      </ol>
    );
  }
  return (
    <dl className="tool-json">
      {Object.entries(value).map(([key, item]) => (
        <div key={key}>
          <dt dir="auto">{key}</dt>
          <dd>
            <JsonView value={item} depth={depth + 1} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function ToolCall({ call }: { call: AiToolResult }) {
  const { t, i18n } = useTranslation();
  const toolKey = `customerPanel.tools.${call.name}`;
  const label = i18n.exists(toolKey) ? t(toolKey) : call.name;
  const summary = argumentSummary(call.arguments);
  const hasArguments = Object.keys(call.arguments).length > 0;
  const hasResult = call.result !== null && call.result !== '';
  return (
    <li>
      <details
        className={`tool-call tool-call-${call.status}`}
        data-testid="ai-tool-call"
        data-tool={call.name}
        data-status={call.status}
      >
        <summary>
          <span className="tool-name" title={call.name}>
            {label}
          </span>
          {summary ? (
            <span className="tool-args" dir="auto">
              {summary}
            </span>
          ) : null}
          <span className={`chip tool-status tool-status-${call.status}`}>
            {t(`customerPanel.toolStatus.${call.status}`)}
          </span>
        </summary>
        <div className="tool-call-body">
          {call.reason ? (
            <p className="tool-reason" data-testid="ai-tool-reason">
              {t('customerPanel.toolReason')} <span dir="auto">{call.reason}</span>
            </p>
          ) : null}
          {hasArguments ? (
            <>
              <h5 className="tool-part">{t('customerPanel.toolArguments')}</h5>
              <JsonView value={call.arguments} />
            </>
          ) : null}
          {call.status === 'ok' ? (
            <>
              <h5 className="tool-part">{t('customerPanel.toolAnswer')}</h5>
              {hasResult ? (
                <JsonView value={call.result} />
              ) : (
                <p className="tool-empty">{t('customerPanel.toolNoAnswer')}</p>
              )}
            </>
          ) : null}
          {call.truncated ? <p className="tool-truncated">{t('customerPanel.toolTruncated')}</p> : null}
        </div>
      </details>
    </li>
  );
}

/** The tool calls behind the AI's latest decision, one folded entry each; nothing when there were none. */
export function AiToolResults({ results }: { results: readonly AiToolResult[] | undefined }) {
  const { t } = useTranslation();
  if (!results || results.length === 0) return null;
  return (
    <>
      <h4 className="panel-subtitle" id="ai-tool-results-title">
        {t('customerPanel.toolResults')}
      </h4>
      <ul className="tool-calls" data-testid="ai-tool-results" aria-labelledby="ai-tool-results-title">
        {results.map((call, i) => (
          <ToolCall key={i} call={call} />
        ))}
      </ul>
    </>
  );
}
