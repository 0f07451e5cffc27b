import { z } from 'zod';
import {
  ApiTokenIdSchema,
  ApiTokenSchema,
  ApiTokensSchema,
  IssuedApiTokenSchema,
  NewApiTokenSchema,
  NewUserSchema,
  SessionUserSchema,
  SignInOptionsSchema,
  SignOutReasonSchema,
  UserIdSchema,
  UserPatchSchema,
  UserSchema,
  UsersSchema,
} from './identity-contract.js';

/**
 * Who is signed in at this console, and what waits for a sign-in (issue 18). A console keeps working from its cache
 * while signed out or offline; what its person wrote stays in the outbox until a sign-in may send it.
 */
export const ConsoleSessionSchema = z.strictObject({
  state: z.enum(['signed_in', 'signed_out']),
  user: SessionUserSchema.nullable(),
  /** How: a local password, the identity provider, or an API token bound to a user (the demo and scripts). */
  via: z.enum(['password', 'sso', 'token']).nullable(),
  /** Why the console is signed out; null when signed in or never signed in. */
  reason: SignOutReasonSchema.nullable(),
  /** Unsent changes waiting for a sign-in that may send them, with the names of the people who wrote them. */
  held: z.strictObject({ count: z.number().int().nonnegative(), authors: z.array(z.string()) }),
  /** How the tenant's people sign in; null while the queue cannot be reached. */
  options: SignInOptionsSchema.nullable(),
});
export type ConsoleSession = z.infer<typeof ConsoleSessionSchema>;

const empty = z.strictObject({});

/**
 * The console's sign-in methods and the admin's users and API tokens (identity-contract.ts). The user and token
 * methods ask the queue (admins; offline they answer needs_network). Required: a console without sign-in answers
 * not_supported.
 */
export const identityConsoleMethods = {
  getSession: { input: empty, output: ConsoleSessionSchema },
  signInWithPassword: {
    input: z.strictObject({ email: z.string().max(254), password: z.string().max(256) }),
    output: ConsoleSessionSchema,
  },
  /**
   * Starts a sign-in with the tenant's identity provider. The desktop app opens the system browser itself
   * (`opened`: true; its loopback listener takes the answer); browser mode gets the URL to go to (`opened`: false).
   */
  startSso: { input: empty, output: z.strictObject({ authorizationUrl: z.string(), opened: z.boolean() }) },
  signOut: { input: empty, output: ConsoleSessionSchema },
  listUsers: { input: empty, output: UsersSchema },
  createUser: { input: NewUserSchema, output: UserSchema },
  updateUser: { input: z.strictObject({ userId: UserIdSchema, patch: UserPatchSchema }), output: UserSchema },
  listApiTokens: { input: empty, output: ApiTokensSchema },
  createApiToken: { input: NewApiTokenSchema, output: IssuedApiTokenSchema },
  rotateApiToken: { input: z.strictObject({ tokenId: ApiTokenIdSchema }), output: IssuedApiTokenSchema },
  revokeApiToken: { input: z.strictObject({ tokenId: ApiTokenIdSchema }), output: ApiTokenSchema },
} as const;
