import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelStatus, ChannelTestResult } from '../../../shared/api/channel-contract.js';
import { EmailCredentialsSchema } from '../../../shared/channels/email-config.js';
import { actionErrorText } from '../email/action-error.js';
import { useFormat } from '../format/useFormat.js';
import { useController } from '../state/context.js';
import { AdminField } from './AdminField.js';
import { placeIssues } from './issue-placement.js';
import '../email/email.css';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy'; what: 'passwords' | 'test' }
  | { kind: 'stored' }
  | { kind: 'tested'; result: ChannelTestResult }
  | { kind: 'error'; text: string; on: 'passwords' | 'test' }
  /** No IMAP password typed: said on its field. */
  | { kind: 'missingPassword' };

const PASSWORD_PATHS = ['imapPassword', 'smtpPassword'] as const;

/**
 * A stored mailbox beside its form: how the queue runs it (running, last error, queued and failed replies, mails
 * set aside), its passwords in write-only fields ("set" / "not set", never shown back) and a test of both directions.
 */
export function ChannelStatusPanel(props: {
  channelId: string;
  status: ChannelStatus | null;
  /** Why the status could not be read, when the queue answered with an error (null offline or when read). */
  statusError: string | null;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { api } = useController();
  const [imapPassword, setImapPassword] = useState('');
  const [smtpPassword, setSmtpPassword] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const imapInput = useRef<HTMLInputElement>(null);
  // A missing IMAP password is said on its field, as the form's own issues are (AdminField).
  const passwordPlacement = placeIssues(
    outcome.kind === 'missingPassword'
      ? [{ path: ['imapPassword'], message: t('email.channel.passwordRequired'), own: true }]
      : [],
    PASSWORD_PATHS,
  );
  const { status } = props;
  const busy = outcome.kind === 'busy';

  const storePasswords = async () => {
    const credentials = EmailCredentialsSchema.safeParse({
      imapPassword,
      ...(smtpPassword === '' ? {} : { smtpPassword }),
    });
    if (!credentials.success) {
      setOutcome({ kind: 'missingPassword' });
      imapInput.current?.focus();
      return;
    }
    setOutcome({ kind: 'busy', what: 'passwords' });
    const answer = await api.setChannelCredentials({ channelId: props.channelId, credentials: credentials.data });
    if (!answer.ok) {
      setOutcome({ kind: 'error', text: actionErrorText(t, answer.error), on: 'passwords' });
      return;
    }
    setImapPassword('');
    setSmtpPassword('');
    setOutcome({ kind: 'stored' });
    props.onChanged();
  };
  const test = async () => {
    setOutcome({ kind: 'busy', what: 'test' });
    const answer = await api.testChannel({ channelId: props.channelId });
    setOutcome(
      answer.ok
        ? { kind: 'tested', result: answer.value }
        : { kind: 'error', text: actionErrorText(t, answer.error), on: 'test' },
    );
    props.onChanged();
  };
  // Enter in a password field stores the passwords; it must not save the channel's form around it.
  const onPasswordKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void storePasswords();
  };

  return (
    <section className="channel-panel" aria-label={t('email.channel.status')} data-testid="channel-panel">
      <h4>{t('email.channel.status')}</h4>
      {status ? (
        <ul className="channel-status" data-testid="channel-status" data-running={status.running}>
          <li>{t(status.running ? 'email.channel.running' : 'email.channel.stopped')}</li>
          {status.error ? (
            <li className="email-error" data-testid="channel-last-error">
              {t('email.channel.lastError')} <bdi dir="auto">{status.error}</bdi>
            </li>
          ) : null}
          <li data-testid="channel-counts">
            {t('email.channel.counts', {
              queued: fmt.number(status.queued),
              failed: fmt.number(status.failed),
              setAside: fmt.number(status.setAside),
            })}
          </li>
          {status.lastMailAt ? <li>{t('email.channel.lastMail', { at: fmt.dateTime(status.lastMailAt) })}</li> : null}
          <li data-testid="channel-credentials" data-set={status.credentialsSet}>
            {t(status.credentialsSet ? 'email.channel.passwordsSet' : 'email.channel.passwordsNotSet')}
          </li>
        </ul>
      ) : props.statusError ? (
        <p className="email-error" data-testid="channel-status-error">
          {props.statusError}
        </p>
      ) : (
        <p className="admin-note">{t('email.channel.statusUnknown')}</p>
      )}
      <fieldset className="channel-passwords">
        <legend>{t('email.channel.passwords')}</legend>
        <p className="admin-hint">{t('email.channel.passwordsHint')}</p>
        {(
          [
            ['imap', imapPassword, setImapPassword],
            ['smtp', smtpPassword, setSmtpPassword],
          ] as const
        ).map(([server, value, setValue]) => (
          <AdminField
            key={server}
            label={t(`email.channel.${server}Password`)}
            paths={[`${server}Password`]}
            placement={passwordPlacement}
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                ref={server === 'imap' ? imapInput : undefined}
                type="password"
                autoComplete="new-password"
                value={value}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                data-testid={`channel-${server}-password`}
                onKeyDown={onPasswordKey}
                onChange={(event) => setValue(event.target.value)}
              />
            )}
          </AdminField>
        ))}
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          data-testid="channel-store-passwords"
          onClick={() => void storePasswords()}
        >
          {t('email.channel.savePasswords')}
        </button>
        {outcome.kind === 'stored' ? (
          <p role="status" data-testid="channel-passwords-stored">
            {t('email.channel.passwordsStored')}
          </p>
        ) : null}
        {outcome.kind === 'error' && outcome.on === 'passwords' ? (
          <p className="email-error" role="alert" data-testid="channel-passwords-error">
            {outcome.text}
          </p>
        ) : null}
      </fieldset>
      <button
        type="button"
        className="button button-small"
        disabled={busy}
        data-testid="channel-test"
        onClick={() => void test()}
      >
        {t('email.channel.test')}
      </button>
      <div role="status" data-testid="channel-test-result">
        {outcome.kind === 'busy' && outcome.what === 'test' ? <p>{t('email.channel.testing')}</p> : null}
        {outcome.kind === 'tested' ? (
          <ul className="channel-checks">
            {(['imap', 'smtp'] as const).map((direction) => (
              <li
                key={direction}
                className={outcome.result[direction].ok ? 'check-ok' : 'email-error'}
                data-testid={`channel-check-${direction}`}
                data-ok={outcome.result[direction].ok}
              >
                {t(`email.channel.${direction}`)}:{' '}
                {t(outcome.result[direction].ok ? 'email.channel.ok' : 'email.channel.failedCheck')} —{' '}
                <bdi dir="auto">{outcome.result[direction].detail}</bdi>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {outcome.kind === 'error' && outcome.on === 'test' ? (
        <p className="email-error" role="alert" data-testid="channel-test-error">
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}
