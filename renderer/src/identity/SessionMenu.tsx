import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, useSessionModel, useSignOutRequests } from './SessionContext.js';

/** The header's signed-in person (name and role) and Sign out (g q); nothing for a console without sign-in. */
export function SessionMenu() {
  const { t } = useTranslation();
  const model = useSessionModel();
  const session = useSession((s) => s.session);
  const error = useSession((s) => s.signOutError);
  const requests = useSignOutRequests((s) => s.count);
  const seen = useRef(requests);
  const user = session?.state === 'signed_in' ? session.user : null;
  const mayLeave = user !== null && session?.via !== 'token';

  useEffect(() => {
    if (requests === seen.current) return;
    seen.current = requests;
    if (mayLeave) void model.signOut();
  }, [requests, mayLeave, model]);

  if (!user) return null;
  return (
    <span className="session-menu" data-testid="session-menu">
      <span className="agent" title={t('identity.header.person')}>
        <span className="visually-hidden">{t('identity.header.person')}: </span>
        <span data-testid="session-user">{user.name}</span>{' '}
        <span className="session-role" data-testid="session-role">
          {t(`identity.role.${user.role}`)}
        </span>
      </span>
      {mayLeave ? (
        <button
          type="button"
          className="button button-small"
          data-testid="sign-out"
          aria-keyshortcuts="g q"
          onClick={() => void model.signOut()}
        >
          {t('identity.header.signOut')}
        </button>
      ) : null}
      {error ? (
        <span className="error-message" role="alert" data-testid="sign-out-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
