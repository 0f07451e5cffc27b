import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SigningSecret } from '../../../../shared/api/webhook-contract.js';
import type { SecretOwnerKind } from '../../../../shared/channels/request-signature.js';
import { actionErrorText } from '../../email/action-error.js';
import { useFormat } from '../../format/useFormat.js';
import { useController } from '../../state/context.js';
import { CopyText } from './CopyText.js';

/** Since when the item has a secret: null for none, 'unknown' while the queue has not said (offline). */
type SecretSince = string | null | 'unknown';

/**
 * A webhook's, generic channel's or widget's signing secret: whether one is in use and since when, and "Make" to
 * have the queue make a new one, shown here once (kept in this panel only, gone when it closes) with a Copy button.
 */
export function SecretPanel(props: { kind: SecretOwnerKind; id: string; editable: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { api } = useController();
  const { kind, id } = props;
  const [since, setSince] = useState<SecretSince>('unknown');
  const [made, setMade] = useState<SigningSecret | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const readSince = useCallback(async () => {
    const answer = await api.signingSecretDates({});
    if (answer.ok)
      setSince(answer.value.secrets.find((secret) => secret.kind === kind && secret.id === id)?.createdAt ?? null);
  }, [api, kind, id]);
  useEffect(() => {
    void readSince();
  }, [readSince]);

  const make = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const answer = await api.issueSigningSecret({ kind, id });
    setBusy(false);
    if (!answer.ok) {
      setError(actionErrorText(t, answer.error));
      return;
    }
    setMade(answer.value);
    setSince(answer.value.createdAt);
  };

  return (
    <section
      className="channel-panel secret-panel"
      aria-label={t(`integrations.secret.title.${kind}`)}
      data-testid="secret-panel"
    >
      <h4>{t(`integrations.secret.title.${kind}`)}</h4>
      <p className="admin-hint">{t(`integrations.secret.hint.${kind}`)}</p>
      <p data-testid="secret-since" data-set={since !== null && since !== 'unknown'}>
        {since === 'unknown'
          ? t('integrations.secret.unknown')
          : since === null
            ? t('integrations.secret.none')
            : t('integrations.secret.since', { at: fmt.dateTime(since) })}
      </p>
      <button
        type="button"
        className="button button-small"
        disabled={!props.editable || busy}
        data-testid="secret-make"
        onClick={() => void make()}
      >
        {t(`integrations.secret.make.${kind}`)}
      </button>
      {made ? (
        <div className="secret-once" data-testid="secret-shown">
          <CopyText label={t('integrations.secret.value')} text={made.secret} testId="secret-value" />
          <p className="email-error" role="status" data-testid="secret-once">
            {t('integrations.secret.once')}
          </p>
        </div>
      ) : null}
      {error ? (
        <p className="email-error" role="alert" data-testid="secret-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
