import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A text to hand on (a script tag, an inbound URL, a secret shown once): read-only, selectable, left to right in
 * every UI language, with a Copy button that says whether it worked.
 */
export function CopyText(props: { label: string; text: string; testId: string; hint?: string; rows?: number }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  const control = {
    id,
    readOnly: true,
    value: props.text,
    dir: 'ltr' as const,
    'aria-describedby': props.hint ? `${id}-hint` : undefined,
    'data-testid': props.testId,
    onFocus: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => event.currentTarget.select(),
  };
  return (
    <div className="admin-field channel-wide copy-text">
      <label htmlFor={id}>{props.label}</label>
      <span className="copy-text-row">
        {props.rows ? <textarea {...control} rows={props.rows} /> : <input {...control} type="text" />}
        <button
          type="button"
          className="button button-small"
          data-testid={`${props.testId}-copy`}
          onClick={() => void copy()}
        >
          {t('integrations.copy')}
        </button>
      </span>
      {props.hint ? (
        <span className="admin-hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      <span role="status" className="admin-hint">
        {copied === 'idle' ? '' : t(copied === 'copied' ? 'integrations.copied' : 'integrations.copyFailed')}
      </span>
    </div>
  );
}
