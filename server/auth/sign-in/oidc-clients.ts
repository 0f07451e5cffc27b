import * as openid from 'openid-client';
import type { OidcProvider } from '../../../shared/settings/sign-in-policy.js';
import { isIssuerUrl } from '../../../shared/settings/sign-in-policy.js';
import { HttpError } from '../../http-errors.js';

/** A provider's discovery document is read again after this long (a changed key set or endpoint is picked up). */
const DISCOVERY_TTL_MS = 5 * 60_000;
/** Each request to the identity provider gives up after this long. */
const PROVIDER_TIMEOUT_SECONDS = 10;
/** What the queue asks for: the person, their email and name, and a refresh token to ask again at each refresh. */
export const OIDC_SCOPE = 'openid email profile offline_access';

/**
 * The queue's OpenID Connect client of each tenant's identity provider (a public client: PKCE, no secret), by issuer
 * and client id, its discovery kept a few minutes. The issuer must be https, or http on this machine (a test or local
 * provider): openid-client refuses plain http otherwise. A document naming another issuer is refused by openid-client.
 */
export class OidcClients {
  private readonly configurations = new Map<string, { configuration: Promise<openid.Configuration>; atMs: number }>();

  constructor(private readonly nowMs: () => number = Date.now) {}

  /** The provider's client configuration; 503 identity_provider_unreachable or 502 identity_provider_invalid. */
  async configuration(provider: Pick<OidcProvider, 'issuer' | 'clientId'>): Promise<openid.Configuration> {
    const key = JSON.stringify([provider.issuer, provider.clientId]);
    const cached = this.configurations.get(key);
    if (cached && this.nowMs() - cached.atMs < DISCOVERY_TTL_MS) return cached.configuration;
    const configuration = discover(provider);
    // Entries of issuers no tenant names any more go once they are stale (the map holds only recent ones).
    for (const [stale, entry] of this.configurations) {
      if (this.nowMs() - entry.atMs >= DISCOVERY_TTL_MS) this.configurations.delete(stale);
    }
    this.configurations.set(key, { configuration, atMs: this.nowMs() });
    try {
      return await configuration;
    } catch (error) {
      this.configurations.delete(key);
      throw providerError(error, 'discovery');
    }
  }
}

function discover(provider: Pick<OidcProvider, 'issuer' | 'clientId'>): Promise<openid.Configuration> {
  if (!isIssuerUrl(provider.issuer)) {
    throw new HttpError(
      502,
      'identity_provider_invalid',
      `The issuer ${provider.issuer} is not https (nor on this machine).`,
    );
  }
  const plainHttp = new URL(provider.issuer).protocol === 'http:';
  return openid.discovery(new URL(provider.issuer), provider.clientId, undefined, openid.None(), {
    timeout: PROVIDER_TIMEOUT_SECONDS,
    // isIssuerUrl admits http on loopback only (127.0.0.1, [::1], localhost).
    ...(plainHttp ? { execute: [openid.allowInsecureRequests] } : {}),
  });
}

/** Whether the provider could not be reached (or answered like a server in trouble), as opposed to refusing. */
export function providerUnreachable(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  if (!(error instanceof openid.ClientError)) return false;
  if (error.code === 'OAUTH_TIMEOUT' || error.code === 'OAUTH_ABORT') return true;
  const cause = error.cause;
  return error.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' && cause instanceof Response && cause.status >= 500;
}

/** The HTTP error for a failed exchange with the identity provider: 503 unreachable, else what `refused` says. */
export function providerError(error: unknown, step: string): HttpError {
  if (error instanceof HttpError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (providerUnreachable(error)) {
    return new HttpError(
      503,
      'identity_provider_unreachable',
      `The identity provider could not be reached (${step}: ${detail}); try again in a moment.`,
    );
  }
  return new HttpError(
    502,
    'identity_provider_invalid',
    `The identity provider's ${step} answer was refused: ${detail}.`,
  );
}
