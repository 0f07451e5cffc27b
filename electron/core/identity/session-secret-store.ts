import { z } from 'zod';
import { SessionUserSchema } from '../../../shared/api/identity-contract.js';
import type { ProviderKeyStorage } from '../../../shared/api/provider-settings-contract.js';
import type { Result } from '../../../shared/result.js';

/**
 * A signed-in session as the console keeps it across restarts (issue 18): the refresh token and the person. The access
 * token is never kept (memory only). With it a console starts offline as that person and refreshes once the queue
 * answers.
 */
export const RememberedSessionSchema = z.strictObject({
  queueUrl: z.string(),
  tenantId: z.string(),
  refreshToken: z.string().min(1).max(200),
  refreshExpiresAt: z.string(),
  via: z.enum(['password', 'sso']),
  user: SessionUserSchema,
});
export type RememberedSession = z.infer<typeof RememberedSessionSchema>;

/**
 * Where the refresh secret is kept, like the console's other secrets: browser mode an owner-only file in the data
 * folder (session-secret-file.ts), the desktop app the OS keychain through Electron's safeStorage
 * (electron/main/session-secret.ts). The text is the session manager's own JSON, checked when read back.
 */
export interface SessionSecretStore {
  /** Where it is kept (the same two places as the provider key). */
  readonly storage: ProviderKeyStorage;
  /** The text kept; undefined when none is kept or it cannot be read. */
  read(): string | undefined;
  /** Fails (and keeps the old one) when it cannot be kept safely. */
  write(text: string): Result<void>;
  clear(): Result<void>;
}

/** The session kept in the store, or null when none is kept or what is kept is not one. */
export function readRememberedSession(store: SessionSecretStore): RememberedSession | null {
  const text = store.read();
  if (text === undefined) return null;
  try {
    const parsed = RememberedSessionSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
