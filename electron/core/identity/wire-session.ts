import type { Role } from '../../../shared/api/queue-contract.js';
import type { SessionUser } from '../../../shared/api/identity-contract.js';
import type { IdentityQueueClient } from '../../../lib/queue-client/identity-queue-client.js';
import type { QueueIdentity } from '../console/queue-identity.js';
import type { Outbox, OutboxAuthor, OutboxEntry } from '../store/outbox.js';
import { consoleIdentity, type ConsoleIdentity } from './console-identity.js';
import { maySend, type SendingPerson } from './outbox-hold-rule.js';
import { SessionCredential } from './session-credential.js';
import { SessionManager } from './session-manager.js';
import type { SessionSecretStore } from './session-secret-store.js';
import type { SsoReturn } from './sso-return.js';

/** A console whose people sign in (no API token): the tenant, where the session is kept, the provider's way back. */
export interface ConsoleSignIn {
  tenantId: string;
  secrets?: SessionSecretStore;
  ssoReturn?: SsoReturn;
}

/** The console's person as the rest of the console reads it: role, tenant, and (when the queue names one) the user. */
export interface ConsolePerson {
  role(): Role | null;
  tenantId(): string | null;
  /** The user signed in (or, signed out, the last one), null when nobody is known (a machine's token). */
  person(): SessionUser | null;
  /** Known well enough to read the tenant's settings (token mode: the queue answered whoami once). */
  known(): boolean;
  /** Token mode: asks the queue who the token is (whoami); signed in, the session already says it. */
  refresh(): Promise<void>;
  /** Token mode: whether to ask again (never answered, or longer ago than `maxAgeMs`); signed in: never. */
  due(nowMs: number, maxAgeMs: number): boolean;
}

export interface WireSessionOptions {
  token?: string;
  signIn?: ConsoleSignIn;
  /** The name until the queue names the person (a token bound to nobody keeps it). */
  agentName: string;
  outbox: Outbox;
  createClient: (credential: SessionCredential) => IdentityQueueClient;
  /** The token's identity (GET /v1/whoami, remembered under `label`: the token's hash names its cache entries). */
  identityOf: (client: IdentityQueueClient, label: string) => QueueIdentity;
  /** Signed in or out, the person or their role changed: sync resumes or pauses, the windows read the session again. */
  changed: () => void;
  now?: () => Date;
  log?: (line: string) => void;
}

export interface WiredSession {
  client: IdentityQueueClient;
  manager: SessionManager;
  identity: ConsolePerson;
  role: () => Role | null;
  /** The name the person's changes carry and the inbox's "mine" means. */
  agentName: () => string;
  /** Who writes a change queued now: the person signed in, or (signed out, drafting on) the last one. */
  author: () => OutboxAuthor | null;
  /** The hold rule for a waiting change, with the person signed in now. */
  maySend: (entry: OutboxEntry) => boolean;
  service: ConsoleIdentity;
}

/**
 * The console's credential, session and person wired together (issue 18): token mode when given an API token (its
 * person is the token's user, from whoami), sign-in mode otherwise (`signIn`: the sign-in screen until someone signs in).
 */
export function wireSession(options: WireSessionOptions): WiredSession {
  const credential = new SessionCredential(options.token ?? null);
  const client = options.createClient(credential);
  const tokenIdentity = options.identityOf(client, options.token ?? `sign-in:${options.signIn?.tenantId ?? ''}`);
  const signInTenant = options.signIn?.tenantId ?? null;
  const manager = new SessionManager({
    client,
    credential,
    tenantId: () => signInTenant ?? tokenIdentity.tenantId(),
    tokenPerson: () => tokenIdentity.person(),
    ...(options.signIn?.secrets ? { secrets: options.signIn.secrets } : {}),
    ...(options.signIn?.ssoReturn ? { ssoReturn: options.signIn.ssoReturn } : {}),
    onChange: options.changed,
    ...(options.now ? { now: options.now } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const person = () => manager.state().user;
  const identity: ConsolePerson = {
    role: () => person()?.role ?? tokenIdentity.role(),
    tenantId: () => signInTenant ?? person()?.tenantId ?? tokenIdentity.tenantId(),
    person,
    known: () => (signInTenant === null ? tokenIdentity.known() : true),
    refresh: () => (signInTenant === null ? tokenIdentity.refresh() : Promise.resolve()),
    due: (nowMs, maxAgeMs) => signInTenant === null && tokenIdentity.due(nowMs, maxAgeMs),
  };
  const sendingPerson = (): SendingPerson | null => {
    const state = manager.state();
    const tenantId = identity.tenantId();
    const role = identity.role();
    if (state.state !== 'signed_in' || tenantId === null || role === null) return null;
    // A machine's token (bound to nobody) sends what nobody wrote, and what it may as its role.
    return { tenantId, userId: state.user?.id ?? '', role };
  };
  return {
    client,
    manager,
    identity,
    role: identity.role,
    agentName: () => person()?.name ?? options.agentName,
    author: () => {
      const user = person();
      return user ? { tenantId: user.tenantId, userId: user.id, name: user.name } : null;
    },
    maySend: (entry) => maySend(entry.author, sendingPerson()),
    service: consoleIdentity({
      manager,
      client,
      outbox: options.outbox,
      sendingPerson,
      tenantId: identity.tenantId,
    }),
  };
}
