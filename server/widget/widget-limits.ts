import type { FastifyReply } from 'fastify';
import { WIDGET_LIMITS } from '../../shared/api/widget-contract.js';
import { Buckets, rateLimited } from '../rate-limit.js';

/**
 * The widget's own limits a minute (token buckets of rate-limit.ts, counted per queue process): one visitor's
 * messages (by session), all of a tenant's widget requests, and new sessions from one address; 0 turns one off.
 * A load test on loopback (every visitor from 127.0.0.1) raises the address limit.
 */
export interface WidgetRateLimits {
  messagesPerVisitor: number;
  requestsPerTenant: number;
  sessionsPerAddress: number;
}

export const DEFAULT_WIDGET_RATE_LIMITS: WidgetRateLimits = {
  messagesPerVisitor: WIDGET_LIMITS.messagesPerVisitorPerMinute,
  requestsPerTenant: WIDGET_LIMITS.requestsPerTenantPerMinute,
  sessionsPerAddress: WIDGET_LIMITS.sessionsPerAddressPerMinute,
};

type Scope = keyof WidgetRateLimits;

const WHOSE: Record<Scope, string> = {
  messagesPerVisitor: 'this visitor (messages)',
  requestsPerTenant: "this widget's site (all its visitors)",
  sessionsPerAddress: 'this address (new chat sessions)',
};
const SCOPE_NAME: Record<Scope, string> = {
  messagesPerVisitor: 'visitor',
  requestsPerTenant: 'tenant',
  sessionsPerAddress: 'address',
};

/** Takes one request of `key` from a scope's bucket, or throws 429 `rate_limited` with Retry-After. */
export class WidgetLimiter {
  private readonly buckets: Record<Scope, Buckets | null>;

  constructor(
    private readonly limits: WidgetRateLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.buckets = {
      messagesPerVisitor: limits.messagesPerVisitor > 0 ? new Buckets(limits.messagesPerVisitor) : null,
      requestsPerTenant: limits.requestsPerTenant > 0 ? new Buckets(limits.requestsPerTenant) : null,
      sessionsPerAddress: limits.sessionsPerAddress > 0 ? new Buckets(limits.sessionsPerAddress) : null,
    };
  }

  take(scope: Scope, key: string, reply: FastifyReply): void {
    const retryAfterSeconds = this.buckets[scope]?.take(key, this.now()) ?? 0;
    if (retryAfterSeconds === 0) return;
    throw rateLimited(reply, {
      scope: SCOPE_NAME[scope],
      whose: WHOSE[scope],
      perMinute: this.limits[scope],
      retryAfterSeconds,
    });
  }
}
