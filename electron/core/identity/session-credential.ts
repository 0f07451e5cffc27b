import type { SignOutReason } from '../../../shared/api/identity-contract.js';
import type { QueueCredential } from '../../../lib/queue-client/queue-credential.js';

/**
 * The console's credential (issue 18): an API token (token mode) or a session's access token, which every refresh
 * replaces; none while signed out. The session manager answers renewals and refusals (`follow`).
 */
export class SessionCredential implements QueueCredential {
  private secret: string | null;
  private manager: Pick<QueueCredential, 'renew' | 'refused'> = {};

  constructor(initial: string | null) {
    this.secret = initial;
  }

  current(): string | null {
    return this.secret;
  }

  set(secret: string | null): void {
    this.secret = secret;
  }

  /** Who renews an expired access token and hears of a refused credential. */
  follow(manager: Required<Pick<QueueCredential, 'renew' | 'refused'>>): void {
    this.manager = manager;
  }

  renew(): Promise<boolean> {
    return this.manager.renew?.() ?? Promise.resolve(false);
  }

  refused(reason: SignOutReason): void {
    this.manager.refused?.(reason);
  }
}
