import type { QueueSecrets } from '../../secrets/queue-secrets.js';
import type { QueueStore } from '../../storage/queue-store.js';
import type { OidcClients } from './oidc-clients.js';
import type { SignInGuard } from './sign-in-limits.js';

/** What the sign-in endpoints work with. */
export interface SignInDeps {
  store: QueueStore;
  /** The queue's clock: session lifetimes, sign-in attempts, the limits' windows. */
  now: () => Date;
  guard: SignInGuard;
  /** Seals the identity provider's refresh tokens on their sessions. */
  secrets: QueueSecrets;
  oidc: OidcClients;
}
