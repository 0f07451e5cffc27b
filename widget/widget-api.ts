import { WIDGET_API_PREFIX } from '../shared/api/widget-constants.js';
import type {
  WidgetConfig,
  WidgetConversation,
  WidgetIdentity,
  WidgetMessageRequest,
  WidgetRatingRequest,
  WidgetSession,
} from '../shared/api/widget-contract.js';
import { isWidgetConfig, isWidgetConversation, isWidgetSession } from './response-shapes.js';

/**
 * What a call to the queue came to: its answer; `rate_limited` (429, Retry-After seconds); `offline` (no answer,
 * a timeout or a 5xx: worth retrying as it was); `refused` (any other status: its error code, not to be retried).
 */
export type ApiResult<T> =
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'rate_limited'; readonly retryAfterSeconds: number }
  | { readonly kind: 'offline' }
  | { readonly kind: 'refused'; readonly status: number; readonly code: string; readonly message: string };

/** How long a JSON call may take before it counts as offline. */
const CALL_TIMEOUT_MS = 15_000;
/** Retry-After when the queue gave none. */
const DEFAULT_RETRY_AFTER_SECONDS = 30;

interface Call<T> {
  readonly path: string;
  readonly method?: 'GET' | 'POST';
  readonly body?: unknown;
  readonly token?: string;
  readonly accepts: (value: unknown) => value is T;
  /** When the answer cannot be read, ask whether the queue answered at all (see unreadable()). */
  readonly probe?: boolean;
}

/** The widget's calls to its queue (shared/api/widget-contract.ts), from the visitor's browser. */
export class WidgetApi {
  constructor(
    private readonly queueOrigin: string,
    private readonly tenantId: string,
    private readonly key: string,
  ) {}

  config(): Promise<ApiResult<WidgetConfig>> {
    const path = `/${encodeURIComponent(this.tenantId)}/config?key=${encodeURIComponent(this.key)}`;
    return this.call({ path, accepts: isWidgetConfig, probe: true });
  }

  session(sessionToken: string | null, identity: WidgetIdentity | null, language: string) {
    const body = {
      key: this.key,
      language,
      ...(sessionToken ? { sessionToken } : {}),
      ...(identity ? { identity } : {}),
    };
    return this.call<WidgetSession>({
      path: `/${encodeURIComponent(this.tenantId)}/sessions`,
      method: 'POST',
      body,
      accepts: isWidgetSession,
      probe: true,
    });
  }

  conversation(token: string) {
    return this.call<WidgetConversation>({ path: '/conversation', token, accepts: isWidgetConversation });
  }

  send(token: string, message: WidgetMessageRequest) {
    return this.call({ path: '/messages', method: 'POST', body: message, token, accepts: isWidgetConversation });
  }

  rate(token: string, rating: WidgetRatingRequest) {
    return this.call({ path: '/rating', method: 'POST', body: rating, token, accepts: isWidgetConversation });
  }

  /** The conversation's event stream, open until `signal` aborts it (widget/conversation-events.ts reads it). */
  events(token: string, signal: AbortSignal): Promise<Response> {
    return fetch(this.url('/events'), {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      credentials: 'omit',
      cache: 'no-store',
      signal,
    });
  }

  /**
   * A fetch that failed without an answer: the network, or the queue refusing this page's origin, whose answer
   * carries no CORS header and so reads as a network error. An opaque (no-cors) request tells them apart: it
   * resolves whenever the queue answers at all.
   */
  private async unreadable(path: string): Promise<ApiResult<never>> {
    try {
      await fetch(this.url(path), { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    } catch {
      return { kind: 'offline' };
    }
    const message = `the queue answered but not to this page: is ${location.origin} one of the widget's allowed origins?`;
    return { kind: 'refused', status: 403, code: 'origin_not_allowed', message };
  }

  private url(path: string): string {
    return `${this.queueOrigin}${WIDGET_API_PREFIX}${path}`;
  }

  private async call<T>(call: Call<T>): Promise<ApiResult<T>> {
    let response: Response;
    let body: unknown;
    try {
      response = await fetch(this.url(call.path), {
        method: call.method ?? 'GET',
        headers: {
          ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(call.token ? { authorization: `Bearer ${call.token}` } : {}),
        },
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        credentials: 'omit',
        cache: 'no-store',
        signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      });
      body = await response.json().catch(() => null);
    } catch {
      return call.probe ? this.unreadable(call.path) : { kind: 'offline' };
    }
    if (response.status === 429) {
      const seconds = Number(response.headers.get('retry-after'));
      return { kind: 'rate_limited', retryAfterSeconds: seconds > 0 ? seconds : DEFAULT_RETRY_AFTER_SECONDS };
    }
    if (response.status >= 500) return { kind: 'offline' };
    if (response.ok && call.accepts(body)) return { kind: 'ok', value: body };
    const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    return {
      kind: 'refused',
      status: response.status,
      code: typeof error?.code === 'string' ? error.code : 'unexpected_answer',
      message: typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`,
    };
  }
}
