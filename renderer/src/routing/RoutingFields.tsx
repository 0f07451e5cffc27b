import { useTranslation } from 'react-i18next';
import { MODEL_UNAVAILABLE_ACTIONS, BudgetExhaustedActionSchema } from '../../../shared/settings/routing-policy.js';
import { AdminField, CheckField, TextField } from '../admin/AdminField.js';
import type { IssuePlacement } from '../admin/issue-placement.js';
import { ROUTING_FIELDS, type RoutingField, type RoutingForm } from './routing-form.js';

interface Props {
  form: RoutingForm;
  edit(patch: Partial<RoutingForm>): void;
  placement: IssuePlacement;
  /** Read-only: offline, or a role that may not change the policy. */
  disabled: boolean;
  /** The tenant's owner queues, to tick those whose tickets may go to the model. */
  queues: ReadonlyArray<{ id: string; name: string }>;
}

type TextFieldName = {
  [K in RoutingField]: RoutingForm[K] extends string ? K : never;
}[RoutingField];
type CheckFieldName = { [K in RoutingField]: RoutingForm[K] extends boolean ? K : never }[RoutingField];

/** Every field of the routing policy, in groups: the model, the budget, the model down, the guards, shadow runs. */
export function RoutingFields({ form, edit, placement, disabled, queues }: Props) {
  const { t } = useTranslation();
  const text = (name: TextFieldName, extra: { rows?: number; numeric?: boolean } = {}) => (
    <TextField
      label={t(`routing.field.${name}`)}
      hint={t(`routing.hint.${name}`)}
      path={ROUTING_FIELDS[name].path}
      placement={placement}
      value={form[name]}
      onChange={(value) => edit({ [name]: value })}
      testId={`routing-${name}`}
      rows={extra.rows}
      inputMode={extra.numeric ? 'numeric' : undefined}
    />
  );
  const check = (name: CheckFieldName) => (
    <CheckField
      label={t(`routing.field.${name}`)}
      checked={form[name]}
      onChange={(checked) => edit({ [name]: checked })}
      testId={`routing-${name}`}
      wide
    />
  );
  const choice = <N extends 'whenExhausted' | 'whenModelDown'>(name: N, options: readonly RoutingForm[N][]) => (
    <AdminField label={t(`routing.field.${name}`)} paths={[ROUTING_FIELDS[name].path]} placement={placement}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={form[name]}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          data-testid={`routing-${name}`}
          onChange={(event) => edit({ [name]: event.target.value } as Partial<RoutingForm>)}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {t(`routing.action.${option}`)}
            </option>
          ))}
        </select>
      )}
    </AdminField>
  );
  const queueIssues = placement.byField.get(ROUTING_FIELDS.queues.path) ?? [];
  const toggleQueue = (id: string, on: boolean) =>
    edit({ queues: on ? [...form.queues, id] : form.queues.filter((queue) => queue !== id) });

  return (
    <fieldset disabled={disabled} className="routing-fields">
      <fieldset className="routing-group">
        <legend>{t('routing.group.model')}</legend>
        {check('modelEnabled')}
        {text('minConfidence', { numeric: true })}
        {text('intents', { rows: 3 })}
        <fieldset
          className="routing-queues"
          aria-describedby={queueIssues.length > 0 ? 'routing-queues-error' : undefined}
          data-testid="routing-queues"
        >
          <legend>{t('routing.field.queues')}</legend>
          <span className="admin-hint">{t('routing.hint.queues')}</span>
          {queues.map((queue) => (
            <label key={queue.id} className="admin-check">
              <input
                type="checkbox"
                checked={form.queues.includes(queue.id)}
                onChange={(event) => toggleQueue(queue.id, event.target.checked)}
                data-testid={`routing-queue-${queue.id}`}
              />{' '}
              <bdi>{queue.name}</bdi>
            </label>
          ))}
          {queueIssues.length > 0 ? (
            <span className="admin-field-error" id="routing-queues-error">
              {t('routing.rule.queues')}
            </span>
          ) : null}
        </fieldset>
        {check('assistEscalations')}
      </fieldset>
      <fieldset className="routing-group">
        <legend>{t('routing.group.budget')}</legend>
        {text('monthlyUsd', { numeric: true })}
        {text('warnAt', { numeric: true })}
        {choice('whenExhausted', BudgetExhaustedActionSchema.options)}
      </fieldset>
      <fieldset className="routing-group">
        <legend>{t('routing.group.down')}</legend>
        {choice('whenModelDown', MODEL_UNAVAILABLE_ACTIONS)}
        {text('fallbackResolveThreshold', { numeric: true })}
      </fieldset>
      <fieldset className="routing-group">
        <legend>{t('routing.group.guards')}</legend>
        {text('forbiddenPromises', { rows: 3 })}
      </fieldset>
      <fieldset className="routing-group">
        <legend>{t('routing.group.shadow')}</legend>
        {check('shadowEnabled')}
        {text('everyHours', { numeric: true })}
        {text('sampleSize', { numeric: true })}
        {text('minAgreement', { numeric: true })}
        {text('maxGuardRefusalRate', { numeric: true })}
      </fieldset>
    </fieldset>
  );
}
