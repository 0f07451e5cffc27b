import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminField, TextField } from '../AdminField.js';
import type { IssuePlacement } from '../issue-placement.js';
import { placeIssues } from '../issue-placement.js';
import { MAX_ORIGINS, originToAdd } from './widget-form.js';

/**
 * The widget's allowed origins: each a line of its own (its issues on it) with Remove, and a field to add one,
 * checked as it is added (an origin as the browser sends it, not listed yet); Enter in it adds.
 */
export function OriginsField(props: {
  origins: readonly string[];
  placement: IssuePlacement;
  onChange(origins: string[]): void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [typed, setTyped] = useState('');
  const [refused, setRefused] = useState<string | null>(null);
  const { origins } = props;
  const add = () => {
    const { origin, ok } = originToAdd(typed, origins);
    if (!ok) {
      setRefused(origins.includes(origin) ? 'integrations.rule.originListed' : 'integrations.rule.origin');
      return;
    }
    props.onChange([...origins, origin]);
    setTyped('');
    setRefused(null);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    // Enter adds the origin; it must not save the widget's form around it.
    event.preventDefault();
    add();
  };
  // The list's own issue (no origin at all) is said on the field that adds one, as is a refused addition.
  const listIssue =
    (props.placement.byField.get('allowedOrigins') ?? []).length > 0 ? 'integrations.rule.origins' : null;
  const addIssue = refused ?? listIssue;
  const addPlacement = placeIssues(
    addIssue ? [{ path: ['newOrigin'], message: addIssue }] : [],
    ['newOrigin'],
    () => addIssue,
  );
  return (
    <fieldset className="admin-field channel-wide origins" aria-labelledby={headingId} data-testid="widget-origins">
      <legend id={headingId}>{t('integrations.widget.origins')}</legend>
      <span className="admin-hint">{t('integrations.widget.originsHint')}</span>
      <ul className="origin-list">
        {origins.map((origin, index) => (
          <li key={index} className="origin-line">
            <TextField
              label={t('integrations.widget.origin', { number: index + 1 })}
              path={`allowedOrigins.${index}`}
              placement={props.placement}
              value={origin}
              dir="ltr"
              testId="widget-origin"
              onChange={(value) => props.onChange(origins.map((old, at) => (at === index ? value : old)))}
            />
            <button
              type="button"
              className="button button-small"
              aria-label={`${t('integrations.widget.remove')} ${origin}`}
              data-testid="widget-origin-remove"
              onClick={() => props.onChange(origins.filter((_, at) => at !== index))}
            >
              {t('integrations.widget.remove')}
            </button>
          </li>
        ))}
      </ul>
      {origins.length < MAX_ORIGINS ? (
        <span className="origin-line">
          <AdminField label={t('integrations.widget.newOrigin')} paths={['newOrigin']} placement={addPlacement}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="url"
                dir="ltr"
                value={typed}
                placeholder="https://shop.example.com"
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                data-testid="widget-new-origin"
                onKeyDown={onKey}
                onChange={(event) => {
                  setTyped(event.target.value);
                  setRefused(null);
                }}
              />
            )}
          </AdminField>
          <button type="button" className="button button-small" data-testid="widget-origin-add" onClick={add}>
            {t('integrations.widget.add')}
          </button>
        </span>
      ) : null}
    </fieldset>
  );
}
