import type { ConsoleSession } from '../../../shared/api/identity-console.js';
import type { SignInOptions } from '../../../shared/api/identity-contract.js';
import { ok, type Result } from '../../../shared/result.js';
import type { IdentityQueueClient } from '../../../lib/queue-client/identity-queue-client.js';
import { askQueue } from '../console/queue-call.js';
import type { Outbox } from '../store/outbox.js';
import type { IdentityService } from './identity-service.js';
import { heldChanges, type SendingPerson } from './outbox-hold-rule.js';
import type { SessionManager, SessionState } from './session-manager.js';

export interface ConsoleIdentityOptions {
  manager: SessionManager;
  client: IdentityQueueClient;
  outbox: Pick<Outbox, 'entries'>;
  /** The person signed in as the hold rule sees them (null while signed out). */
  sendingPerson: () => SendingPerson | null;
  tenantId: () => string | null;
}

/** The console's identity methods plus what a host calls: the identity provider sent the browser back. */
export type ConsoleIdentity = IdentityService & {
  finishSso(callbackUrl: string): Promise<Result<ConsoleSession>>;
};

/**
 * The console's sign-in and the admin's users and API tokens (shared/api/identity-console.ts): the session from the
 * session manager, what waits for a sign-in from the outbox and the hold rule; users and tokens ask the queue
 * (needs_network offline).
 */
export function consoleIdentity(options: ConsoleIdentityOptions): ConsoleIdentity {
  const { manager, client } = options;
  const queue = askQueue<IdentityQueueClient>(client);
  let signInOptions: SignInOptions | null = null;

  /** How the tenant's people sign in: asked until the queue answers once. */
  async function optionsOfTenant(): Promise<SignInOptions | null> {
    const tenantId = options.tenantId();
    if (signInOptions?.tenantId === tenantId || tenantId === null) return signInOptions;
    const answer = await client.signInOptions(tenantId);
    if (answer.ok) signInOptions = answer.value;
    return signInOptions;
  }

  async function session(state: SessionState = manager.state()): Promise<ConsoleSession> {
    return {
      ...state,
      held: heldChanges(options.outbox.entries(), options.sendingPerson()),
      options: await optionsOfTenant(),
    };
  }

  const sessionAfter = async (done: Result<SessionState>): Promise<Result<ConsoleSession>> =>
    done.ok ? ok(await session(done.value)) : done;

  return {
    getSession: async () => ok(await session()),
    signInWithPassword: async ({ email, password }) =>
      sessionAfter(await offlineSaid(manager.signInWithPassword(email, password))),
    startSso: () => offlineSaid(manager.startSso()),
    finishSso: async (callbackUrl) => sessionAfter(await manager.finishSso(callbackUrl)),
    signOut: async () => ok(await session(await manager.signOut())),
    listUsers: () => queue('Listing the users needs the connection to the queue.', (q) => q.listUsers()),
    createUser: (user) => queue('Adding a user needs the connection to the queue.', (q) => q.createUser(user)),
    updateUser: ({ userId, patch }) =>
      queue('Changing a user needs the connection to the queue.', (q) => q.updateUser(userId, patch)),
    listApiTokens: () => queue('Listing the API tokens needs the connection to the queue.', (q) => q.listApiTokens()),
    createApiToken: (token) =>
      queue('Creating an API token needs the connection to the queue.', (q) => q.createApiToken(token)),
    rotateApiToken: ({ tokenId }) =>
      queue('Rotating an API token needs the connection to the queue.', (q) => q.rotateApiToken(tokenId)),
    revokeApiToken: ({ tokenId }) =>
      queue('Revoking an API token needs the connection to the queue.', (q) => q.revokeApiToken(tokenId)),
  };

  /** Signing in with the queue out of reach: needs_network with the sentence the sign-in screen shows. */
  function offlineSaid<T>(answer: Promise<Result<T>>): Promise<Result<T>> {
    return queue('Signing in needs the connection to the queue.', () => answer);
  }
}
