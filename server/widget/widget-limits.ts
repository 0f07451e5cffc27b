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

/** Each limit's scope in a 429's details, and whose requests its message names. */
const SCOPES: Record<Scope, { scope: string; whose: string }> = {
  messagesPerVisitor: { scope: 'visitor', whose: 'this visitor (messages)' },
  requestsPerTenant: { scope: 'tenant', whose: "this widget's site (all its visitors)" },
  sessionsPerAddress: { scope: 'address', whose: 'this address (new chat sessions)' },
};

/** Takes one request of `key` from a scope's bucket, or throws 429 `rate_limited` with Retry-After. */
export class WidgetLimiter {
  private readonly buckets: Record<Scope, Buckets | null>;

  constructor(
    private readonly limits: WidgetRateLimits,
    private readonly now: () => number = Date.now,
  ) {
    const bucketsOf = (perMinute: number): Buckets | null => (perMinute > 0 ? new Buckets(perMinute) : null);
    this.buckets = {
      messagesPerVisitor: bucketsOf(limits.messagesPerVisitor),
      requestsPerTenant: bucketsOf(limits.requestsPerTenant),
      sessionsPerAddress: bucketsOf(limits.sessionsPerAddress),
    };
  }

  take(scope: Scope, key: string, reply: FastifyReply): void {
    const retryAfterSeconds = this.buckets[scope]?.take(key, this.now()) ?? 0;
    if (retryAfterSeconds === 0) return;
    throw rateLimited(reply, { ...SCOPES[scope], perMinute: this.limits[scope], retryAfterSeconds });
  }
}
