import {
  WIDGET_API_PREFIX,
  WidgetConversationSchema,
  WidgetSessionSchema,
  type WidgetConversation,
} from '../shared/api/widget-contract.js';
import { SseParser } from '../widget/sse-parser.js';

/** Where the visitors' widget lives: the queue, the tenant, the widget's key and an origin it allows. */
export interface WidgetSite {
  queueUrl: string;
  tenantId: string;
  publicKey: string;
  origin: string;
}

/** What the queue answered to a message: its status and, when refused for the rate, its Retry-After. */
export interface MessageAnswer {
  status: number;
  retryAfter: string | null;
}

let sent = 0;

/**
 * One visitor of a website, as widget.js talks to the queue (shared/api/widget-contract.ts), from Node: the page's
 * Origin on every request, the session token after the session, the event stream read with fetch.
 */
export class BenchVisitor {
  private events: AbortController | null = null;
  private readonly waiting = new Set<() => void>();

  private constructor(
    private readonly site: WidgetSite,
    private readonly token: string,
  ) {}

  static async open(site: WidgetSite): Promise<BenchVisitor> {
    const url = `${site.queueUrl}${WIDGET_API_PREFIX}/${encodeURIComponent(site.tenantId)}/sessions`;
    const response = await fetch(url, {
      method: 'POST',
      headers: { origin: site.origin, 'content-type': 'application/json' },
      body: JSON.stringify({ key: site.publicKey, language: 'en' }),
    });
    if (response.status !== 201) throw new Error(`A session was answered ${response.status}: ${await response.text()}`);
    return new BenchVisitor(site, WidgetSessionSchema.parse(await response.json()).sessionToken);
  }

  /** Opens the conversation's event stream; resolves once the queue has answered it (the stream is live). */
  async listen(): Promise<void> {
    this.events = new AbortController();
    const response = await fetch(`${this.site.queueUrl}${WIDGET_API_PREFIX}/events`, {
      headers: this.headers(),
      signal: this.events.signal,
    });
    if (response.status !== 200 || !response.body)
      throw new Error(`The event stream was answered ${response.status}: ${await response.text()}`);
    const parser = new SseParser();
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    void (async () => {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) return;
        const changed = parser.push(decoder.decode(chunk.value, { stream: true }));
        if (changed.some((event) => event.event === 'conversation')) this.notify();
      }
    })().catch(() => undefined); // aborted by close()
  }

  async send(text: string): Promise<MessageAnswer> {
    sent += 1;
    const response = await fetch(`${this.site.queueUrl}${WIDGET_API_PREFIX}/messages`, {
      method: 'POST',
      headers: { ...this.headers(), 'content-type': 'application/json' },
      body: JSON.stringify({ clientMessageId: `bench-${process.pid}-${sent}`, text }),
    });
    await response.arrayBuffer();
    return { status: response.status, retryAfter: response.headers.get('retry-after') };
  }

  async conversation(): Promise<WidgetConversation> {
    const response = await fetch(`${this.site.queueUrl}${WIDGET_API_PREFIX}/conversation`, { headers: this.headers() });
    if (response.status !== 200) throw new Error(`The conversation was answered ${response.status}.`);
    return WidgetConversationSchema.parse(await response.json());
  }

  /**
   * Re-reads the conversation after each of its events until `holds` is true of it (or `timeoutMs` passed: null).
   * Reads once at the start too, for a change that came before this call.
   */
  async until(
    holds: (conversation: WidgetConversation) => boolean,
    timeoutMs: number,
  ): Promise<WidgetConversation | null> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const changed = this.nextEvent(deadline - performance.now());
      const current = await this.conversation();
      if (holds(current)) return current;
      if (!(await changed)) return null;
    }
  }

  close(): void {
    this.events?.abort();
  }

  /** Resolves true at the next conversation event, false when none came within `ms`. */
  private nextEvent(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => {
          this.waiting.delete(arrived);
          resolve(false);
        },
        Math.max(0, ms),
      );
      const arrived = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.waiting.add(arrived);
    });
  }

  private notify(): void {
    const waiting = [...this.waiting];
    this.waiting.clear();
    for (const arrived of waiting) arrived();
  }

  private headers(): Record<string, string> {
    return { origin: this.site.origin, authorization: `Bearer ${this.token}` };
  }
}
