import { z } from 'zod';
import { UI_LANGUAGES } from '../i18n/ui-languages.js';
import { RoleSchema } from './queue-contract.js';

/**
 * People and machines (issue 18). A person is a user of one tenant and reaches the queue through a session (signed in
 * with the tenant's identity provider or a local account); a machine (an autopilot, a channel, an integration) through
 * an API token with a name, a scope, an expiry and a last-used time. Every action names the authenticated user.
 */

/** The roles a person may have; `autopilot` is a machine's scope only. */
export const PERSON_ROLES = ['agent', 'lead', 'admin'] as const;
export const PersonRoleSchema = z.enum(PERSON_ROLES);
export type PersonRole = z.infer<typeof PersonRoleSchema>;

export const UiLanguageSchema = z.enum(UI_LANGUAGES.map((language) => language.code) as [string, ...string[]]);

/** Credentials' plaintext prefixes: the first characters say which table a bearer secret is looked up in. */
export const CREDENTIAL_PREFIXES = {
  /** An API token (machines; the demo's people tokens are bound to a user). */
  apiToken: 'sbq_',
  /** A session's access token: short-lived, sent with every request. */
  access: 'sbs_',
  /** A session's refresh token: exchanged once for a new access and refresh token (rotation). */
  refresh: 'sbr_',
} as const;

export const USER_LIMITS = {
  /** Users of one tenant. */
  maxUsersPerTenant: 10_000,
  /** Live API tokens of one tenant. */
  maxTokensPerTenant: 500,
  /** Owner queues a user works. */
  maxQueuesPerUser: 200,
  minPasswordLength: 12,
  maxPasswordLength: 256,
  /** An API token's lifetime in days at most (null: no expiry). */
  maxTokenDays: 3_650,
} as const;

export const UserIdSchema = z
  .string()
  .regex(/^usr_[A-Za-z0-9_-]{6,64}$/, 'A user id looks like usr_ followed by 6 to 64 letters, digits, _ or -.');
export const ApiTokenIdSchema = z
  .string()
  .regex(/^tok_[A-Za-z0-9_-]{6,64}$/, 'A token id looks like tok_ followed by 6 to 64 letters, digits, _ or -.');

export const EmailSchema = z
  .string()
  .trim()
  .min(3)
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+$/, 'An email address looks like name@example.com.')
  .transform((email) => email.toLowerCase());
export const UserNameSchema = z.string().trim().min(1, 'A name is required.').max(200, 'At most 200 characters.');

/** A user as the queue answers it (never a password hash). */
export const UserSchema = z.strictObject({
  id: UserIdSchema,
  tenantId: z.string(),
  email: z.string(),
  name: z.string(),
  role: PersonRoleSchema,
  /** The owner queues this person works (empty: all of them). */
  queues: z.array(z.string()),
  /** The console's language for this person; null: the console's own choice. */
  language: UiLanguageSchema.nullable(),
  /** Set when an admin disabled the user: every session and user-bound token stopped working then. */
  disabledAt: z.string().nullable(),
  /** Whether a local password is set (signing in with it still needs the tenant's local accounts on). */
  hasPassword: z.boolean(),
  /** Set once the user signed in with the identity provider (its issuer and subject are bound to the user). */
  ssoLinked: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastSignInAt: z.string().nullable(),
  /** Bumped by every change: an edit names the version it started from (compare-and-set). */
  version: z.number().int().positive(),
});
export type User = z.infer<typeof UserSchema>;

/** `POST /v1/users` (admins): a new user; the password only for local accounts. */
export const NewUserSchema = z.strictObject({
  email: EmailSchema,
  name: UserNameSchema,
  role: PersonRoleSchema,
  queues: z.array(z.string().min(1).max(100)).max(USER_LIMITS.maxQueuesPerUser).default([]),
  language: UiLanguageSchema.nullable().default(null),
  password: z.string().min(USER_LIMITS.minPasswordLength).max(USER_LIMITS.maxPasswordLength).optional(),
});
export type NewUser = z.infer<typeof NewUserSchema>;

/** `PATCH /v1/users/:id` (admins): the fields to change, against the version the edit started from. */
export const UserPatchSchema = z.strictObject({
  baseVersion: z.number().int().positive(),
  name: UserNameSchema.optional(),
  role: PersonRoleSchema.optional(),
  queues: z.array(z.string().min(1).max(100)).max(USER_LIMITS.maxQueuesPerUser).optional(),
  language: UiLanguageSchema.nullable().optional(),
  /** true disables (ends every session and user-bound token at once), false enables again. */
  disabled: z.boolean().optional(),
  /** A new local password (ends the user's other sessions); null removes it. */
  password: z.string().min(USER_LIMITS.minPasswordLength).max(USER_LIMITS.maxPasswordLength).nullable().optional(),
});
export type UserPatch = z.infer<typeof UserPatchSchema>;

export const UsersSchema = z.strictObject({ users: z.array(UserSchema) });
export type Users = z.infer<typeof UsersSchema>;

/** An API token as listed (the secret is shown once, when created or rotated). */
export const ApiTokenSchema = z.strictObject({
  id: ApiTokenIdSchema,
  name: z.string(),
  /** Its scope: what it may do is this role's. */
  role: RoleSchema,
  /** A token bound to a user acts as that user (the demo's people tokens); null for a machine. */
  userId: UserIdSchema.nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  rotatedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof ApiTokenSchema>;
export const ApiTokensSchema = z.strictObject({ tokens: z.array(ApiTokenSchema) });
export type ApiTokens = z.infer<typeof ApiTokensSchema>;

/** `POST /v1/tokens` (admins): a machine's token. */
export const NewApiTokenSchema = z.strictObject({
  name: z.string().trim().min(1, 'A name is required.').max(200),
  role: RoleSchema,
  /** Days until it stops working; null: no expiry. */
  expiresInDays: z.number().int().min(1).max(USER_LIMITS.maxTokenDays).nullable(),
});
export type NewApiToken = z.infer<typeof NewApiTokenSchema>;

/** A token with its secret, answered once by create and rotate. */
export const IssuedApiTokenSchema = z.strictObject({ token: ApiTokenSchema, secret: z.string() });
export type IssuedApiToken = z.infer<typeof IssuedApiTokenSchema>;

/**
 * Why a credential stopped working: the `reason` of a 401's details (`{"error":{"code":"unauthorized","details":
 * {"reason":…}}}`) and of a console's signed-out state. `access_expired` is the only one a refresh puts right.
 */
export const SIGN_OUT_REASONS = [
  'access_expired',
  'session_expired',
  'signed_out',
  'user_disabled',
  'session_revoked',
  'revoked_at_provider',
  'token_revoked',
  'token_expired',
  'unknown_credential',
  'sso_required',
] as const;
export const SignOutReasonSchema = z.enum(SIGN_OUT_REASONS);
export type SignOutReason = z.infer<typeof SignOutReasonSchema>;
export const UnauthorizedDetailsSchema = z.object({ reason: SignOutReasonSchema });

/**
 * The last event of a queue event stream (GET /v1/events) whose credential stopped working (revoked, its user disabled,
 * its session ended): data `{"reason":…}` (UnauthorizedDetailsSchema); the queue ends the stream after it.
 */
export const SIGNED_OUT_EVENT = 'signed_out';

/** `GET /v1/auth/options?tenant=ID` (no credential): how the tenant's people sign in. */
export const SignInOptionsSchema = z.strictObject({
  tenantId: z.string(),
  tenantName: z.string(),
  localAccounts: z.boolean(),
  /** The identity provider's button, or null when the tenant has none. */
  sso: z.strictObject({ label: z.string() }).nullable(),
});
export type SignInOptions = z.infer<typeof SignInOptionsSchema>;

/** The signed-in person as a session carries it. */
export const SessionUserSchema = UserSchema.pick({
  id: true,
  tenantId: true,
  email: true,
  name: true,
  role: true,
  queues: true,
  language: true,
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

/** What a sign-in and a refresh answer: a short-lived access token and a refresh token (both shown once). */
export const SessionGrantSchema = z.strictObject({
  sessionId: z.string(),
  accessToken: z.string(),
  accessExpiresAt: z.string(),
  refreshToken: z.string(),
  refreshExpiresAt: z.string(),
  via: z.enum(['password', 'sso']),
  user: SessionUserSchema,
});
export type SessionGrant = z.infer<typeof SessionGrantSchema>;

/** `POST /v1/auth/password`: a local account's sign-in. */
export const PasswordSignInSchema = z.strictObject({
  tenantId: z.string().min(1).max(100),
  email: EmailSchema,
  password: z.string().min(1).max(USER_LIMITS.maxPasswordLength),
});

/** `POST /v1/auth/refresh`: a refresh token for a new grant (the old refresh token stops working). */
export const RefreshRequestSchema = z.strictObject({ refreshToken: z.string().min(1).max(200) });

/**
 * `POST /v1/auth/oidc/start`: the authorization URL for the tenant's identity provider (authorization code with PKCE;
 * the queue keeps the verifier, state and nonce). `redirectUri` is where the provider sends the browser back: the
 * desktop app's loopback listener (RFC 8252) or the browser console's own callback page; https, or http on loopback.
 */
export const OidcStartRequestSchema = z.strictObject({
  tenantId: z.string().min(1).max(100),
  redirectUri: z.string().url().max(500),
});
export const OidcStartSchema = z.strictObject({ authorizationUrl: z.string(), state: z.string() });

/** `POST /v1/auth/oidc/finish`: the URL the provider redirected to (its code and state), for a session grant. */
export const OidcFinishRequestSchema = z.strictObject({ callbackUrl: z.string().url().max(4_000) });
