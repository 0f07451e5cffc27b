import type { ConsoleSession } from '../../../shared/api/identity-console.js';
import { SignedOutNotice } from './SignedOutNotice.js';

/**
 * A token console whose API token stopped working (revoked, expired): it cannot sign in, so it keeps the work on
 * screen from its cache and says why sync stopped and how much unsent work waits, and whose.
 */
export function TokenRefusedBanner({ session }: { session: ConsoleSession }) {
  return (
    <div className="banner" data-testid="token-refused">
      <SignedOutNotice session={session} />
    </div>
  );
}
