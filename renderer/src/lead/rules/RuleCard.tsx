import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SentimentSchema } from '../../../../shared/domain/tenant.js';
import { CustomerTierSchema, EscalationReasonCodeSchema } from '../../../../shared/domain/ticket.js';
import type { RuleIssue } from '../../../../shared/rules/rule-set.js';
import { issueField, type ChoiceField, type ListField, type NumberField, type RuleForm } from './rule-form.js';

interface RuleCardProps {
  index: number;
  count: number;
  form: RuleForm;
  queues: ReadonlyArray<{ id: string; name: string }>;
  intentsListId: string;
  /** The datalist of the tenant's tag ids the tags field offers. */
  tagsListId: string;
  issues: readonly RuleIssue[];
  onChange(patch: Partial<RuleForm>): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

const LISTS: readonly ListField[] = ['intents', 'languages', 'keywords', 'tags'];
const NUMBERS: readonly NumberField[] = ['minConfidence', 'maxConfidence', 'minAmount', 'maxAmount'];
/** The rule's fields typed as text (an input or a select). */
type TextField = 'id' | 'ownerQueue' | ListField | NumberField;

/** One rule as a form: id, owner queue, whether it forces escalation, and its conditions. */
export function RuleCard({
  index,
  count,
  form,
  queues,
  intentsListId,
  tagsListId,
  issues,
  onChange,
  onMove,
  onRemove,
}: RuleCardProps) {
  const { t } = useTranslation();
  const id = useId();
  /** The lists whose field suggests values: the tenant's intents and tags. */
  const suggestions: Partial<Record<ListField, string>> = { intents: intentsListId, tags: tagsListId };
  const fieldIssues = (field: string) => issues.filter((issue) => issueField(issue) === field);
  const ruleIssues = issues.filter((issue) => issueField(issue) === null);
  const describe = (issue: RuleIssue) => {
    const field = issueField(issue);
    return t(`rules.issue.${issue.code}`, {
      defaultValue: issue.message,
      field: field ? t(`rules.field.${field}`, { defaultValue: field }) : '',
      queue: form.ownerQueue,
    });
  };
  const errorsOf = (field: string) => {
    const found = fieldIssues(field);
    if (found.length === 0) return null;
    return (
      <span
        className="rule-error"
        id={`${id}-${field}-error`}
        role="alert"
        data-testid={`rule-error-${index}-${field}`}
      >
        {found.map(describe).join(' ')}
      </span>
    );
  };
  const invalid = (field: string) =>
    fieldIssues(field).length > 0 ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` } : {};
  /** A text field's value, change, test id (`rule-<testName>-<index>`) and error link, for its input or select. */
  const bind = (name: TextField, testName: string = name) => ({
    value: form[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => onChange({ [name]: event.target.value }),
    'data-testid': `rule-${testName}-${index}`,
    ...invalid(name),
  });
  const isCatchAll =
    form.reasons.length + form.tiers.length + form.sentiments.length === 0 &&
    [...LISTS, ...NUMBERS].every((name) => form[name].trim() === '');

  const choices = (name: ChoiceField, values: readonly string[], label: (value: string) => string) => (
    <fieldset className="rule-choices" {...invalid(name)}>
      <legend>{t(`rules.field.${name}`)}</legend>
      {values.map((value) => (
        <label key={value}>
          <input
            type="checkbox"
            data-testid={`rule-${name}-${index}-${value}`}
            checked={form[name].includes(value)}
            onChange={(event) =>
              onChange({
                [name]: event.target.checked ? [...form[name], value] : form[name].filter((v) => v !== value),
              })
            }
          />
          {label(value)}
        </label>
      ))}
      {errorsOf(name)}
    </fieldset>
  );

  return (
    <li
      className={`rule-card${issues.length > 0 ? ' has-issues' : ''}`}
      data-testid={`rule-card-${index}`}
      aria-labelledby={`${id}-title`}
    >
      <div className="rule-card-head">
        <h3 id={`${id}-title`}>
          {t('rules.rule', { number: index + 1 })}
          {isCatchAll && !form.escalate ? <span className="rule-badge">{t('rules.catchAll')}</span> : null}
        </h3>
        <div className="rule-card-actions">
          <button type="button" onClick={() => onMove(-1)} disabled={index === 0} data-testid={`rule-up-${index}`}>
            {t('rules.actions.up')}
          </button>
          <button
            type="button"
            onClick={() => onMove(1)}
            disabled={index === count - 1}
            data-testid={`rule-down-${index}`}
          >
            {t('rules.actions.down')}
          </button>
          <button type="button" className="danger" onClick={onRemove} data-testid={`rule-remove-${index}`}>
            {t('rules.actions.remove')}
          </button>
        </div>
      </div>
      <div className="rule-grid">
        <label>
          <span>{t('rules.field.id')}</span>
          <input {...bind('id')} />
          {errorsOf('id')}
        </label>
        <label>
          <span>{t('rules.field.ownerQueue')}</span>
          <select {...bind('ownerQueue', 'queue')}>
            {queues.some((q) => q.id === form.ownerQueue) ? null : (
              <option value={form.ownerQueue}>{form.ownerQueue}</option>
            )}
            {queues.map((queue) => (
              <option key={queue.id} value={queue.id}>
                {queue.name}
              </option>
            ))}
          </select>
          {errorsOf('ownerQueue')}
        </label>
        <label className="rule-escalate">
          <input
            type="checkbox"
            checked={form.escalate}
            onChange={(event) => onChange({ escalate: event.target.checked })}
            data-testid={`rule-escalate-${index}`}
            {...invalid('escalate')}
          />
          <span>{t('rules.field.escalate')}</span>
          {errorsOf('escalate')}
        </label>
        {LISTS.map((name) => (
          <label key={name} className="rule-wide">
            <span>
              {t(`rules.field.${name}`)} <small>({t('rules.hint.list')})</small>
            </span>
            <input {...bind(name)} list={suggestions[name]} />
            {errorsOf(name)}
          </label>
        ))}
        {NUMBERS.map((name) => (
          <label key={name}>
            <span>
              {t(`rules.field.${name}`)}
              {name.endsWith('Confidence') ? <small> ({t('rules.hint.confidence')})</small> : null}
            </span>
            <input inputMode="decimal" {...bind(name)} />
            {errorsOf(name)}
          </label>
        ))}
      </div>
      {choices('tiers', CustomerTierSchema.options, (tier) => t(`tier.${tier}`))}
      {choices('sentiments', SentimentSchema.options, (sentiment) => t(`rules.sentiment.${sentiment}`))}
      {choices('reasons', EscalationReasonCodeSchema.options, (reason) => t(`reason.${reason}`))}
      {ruleIssues.length > 0 ? (
        <p className="rule-error" role="alert" data-testid={`rule-error-${index}`}>
          {ruleIssues.map(describe).join(' ')}
        </p>
      ) : null}
    </li>
  );
}
