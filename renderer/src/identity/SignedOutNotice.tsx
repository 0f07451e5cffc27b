import { useTranslation } from 'react-i18next';
import type { ConsoleSession } from '../../../shared/api/identity-console.js';
import { useFormat } from '../format/useFormat.js';

/** Why the console is signed out and what unsent work waits, and whose. */
export function SignedOutNotice({ session }: { session: ConsoleSession }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { reason, held } = session;
  return (
    <div className="sign-in-notice" data-testid="signed-out-notice">
      {reason ? (
        <p role="alert" data-testid="signed-out-reason">
          <span className="visually-hidden">{t('identity.signIn.why')}: </span>
          {t(`identity.reason.${reason}`)}
        </p>
      ) : null}
      <p data-testid="held-work">
        {held.count === 0
          ? t('identity.signIn.heldNone')
          : t('identity.signIn.held', { number: fmt.number(held.count), authors: fmt.list(held.authors) })}
      </p>
    </div>
  );
}
