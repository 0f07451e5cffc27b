import type { FastifyReply } from 'fastify';
import { HttpError } from '../../http-errors.js';
import { Buckets } from '../../rate-limit.js';

/**
 * Brute force at the sign-in endpoints (design.md): tries a client address may make (password, identity provider
 * start and finish, failed refreshes) and failed passwords per account (tenant and email), each in its window.
 */
export interface SignInLimits {
  triesPerAddress: number;
  addressWindowMinutes: number;
  failuresPerAccount: number;
  accountWindowMinutes: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  triesPerAddress: 20,
  addressWindowMinutes: 10,
  failuresPerAccount: 10,
  accountWindowMinutes: 15,
};

/** The counters of one queue process (like its other rate limits); the clock is the queue's. */
export class SignInGuard {
  private readonly addresses: Buckets;
  private readonly accounts: Buckets;

  constructor(
    private readonly limits: SignInLimits,
    private readonly now: () => Date,
  ) {
    this.addresses = new Buckets(limits.triesPerAddress, limits.addressWindowMinutes * 60_000);
    this.accounts = new Buckets(limits.failuresPerAccount, limits.accountWindowMinutes * 60_000);
  }

  /** Counts one try from `address`; past the limit, 429 with Retry-After. */
  takeTry(address: string, reply: FastifyReply): void {
    const wait = this.addresses.take(address, this.now().getTime());
    const { triesPerAddress, addressWindowMinutes } = this.limits;
    if (wait > 0)
      throw tooMany(reply, 'address', wait, `${triesPerAddress} sign-in tries from this address`, addressWindowMinutes);
  }

  /** 429 while the account has had too many failed passwords (checked before the password is). */
  checkAccount(tenantId: string, email: string, reply: FastifyReply): void {
    const wait = this.accounts.waitSeconds(accountKey(tenantId, email), this.now().getTime());
    const { failuresPerAccount, accountWindowMinutes } = this.limits;
    if (wait > 0)
      throw tooMany(
        reply,
        'account',
        wait,
        `${failuresPerAccount} wrong passwords for this account`,
        accountWindowMinutes,
      );
  }

  /** Counts a failed password against the account. */
  recordFailure(tenantId: string, email: string): void {
    this.accounts.take(accountKey(tenantId, email), this.now().getTime());
  }
}

function accountKey(tenantId: string, email: string): string {
  return JSON.stringify([tenantId, email]);
}

function tooMany(
  reply: FastifyReply,
  scope: 'address' | 'account',
  retryAfterSeconds: number,
  what: string,
  windowMinutes: number,
): HttpError {
  reply.header('retry-after', String(retryAfterSeconds));
  return new HttpError(
    429,
    'rate_limited',
    `Too many sign-in attempts: the queue takes ${what} in ${windowMinutes} minutes. Try again in ${retryAfterSeconds} s.`,
    { scope, retryAfterSeconds },
  );
}
