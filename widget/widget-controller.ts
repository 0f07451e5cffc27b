import type { WidgetConversation } from '../shared/api/widget-contract.js';
import { ConversationEvents } from './conversation-events.js';
import { arrivals, conversationView, unconfirmed, type PendingMessage } from './conversation-view.js';
import type { EmbedOptions } from './embed-options.js';
import { retryDelay } from './retry-delay.js';
import type { Notice, WidgetView } from './ui/widget-view.js';
import type { ApiResult, WidgetApi } from './widget-api.js';
import type { WidgetLanguage } from './widget-language.js';
import { formatDuration, type Translate } from './widget-texts.js';
import type { VisitorStorage } from './visitor-storage.js';

/** How long "Connected again." stays before the notice line clears. */
const RECONNECTED_NOTICE_MS = 4_000;

/** A refusal after which the widget cannot work on this page: said once to the site's developer, the widget removed. */
export type Refusal = (reason: string) => void;

/**
 * The visitor's conversation over time: the session (resumed from the kept token), the event stream (every change
 * re-reads the conversation), the messages being sent (in order, retried with their clientMessageId after a network
 * error, so the queue stores each once), the rating, and the notices for rate limits and lost connections.
 */
export class WidgetController {
  private token: string | null;
  private pending: PendingMessage[];
  private conversation: WidgetConversation | null = null;
  private shownKeys: Set<string> | null = null;
  private events: ConversationEvents | null = null;
  private sessionStarting: Promise<boolean> | null = null;
  private flushing = false;
  private sendFailures = 0;
  private sessionFailures = 0;
  private blockedUntil = 0;
  private streamDropped = false;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private view: WidgetView | null = null;

  constructor(
    private readonly options: EmbedOptions,
    private readonly api: WidgetApi,
    private readonly storage: VisitorStorage,
    private readonly language: WidgetLanguage,
    private readonly t: Translate,
    private readonly refuse: Refusal,
  ) {
    const kept = storage.read();
    this.token = kept.token;
    this.pending = kept.pending;
  }

  /** Shows the conversation in `view`; resumes a kept session (or an identified visitor's) at once. */
  attach(view: WidgetView): void {
    this.view = view;
    if (this.token || this.options.identity || this.pending.length > 0) void this.ensureSession();
  }

  /** The panel opened: a visitor's first session starts now, not on every page view. */
  opened(): void {
    void this.ensureSession();
  }

  send(text: string): void {
    const wait = Math.ceil((this.blockedUntil - Date.now()) / 1000);
    if (wait > 0) {
      this.view?.restoreDraft(text);
      this.notice({
        text: this.t('rateLimited', { duration: formatDuration(this.language.code, wait) }),
        tone: 'problem',
      });
      return;
    }
    this.pending = [...this.pending, { clientMessageId: crypto.randomUUID(), text }];
    this.keep();
    this.render();
    void this.ensureSession().then(() => this.flush());
  }

  async rate(score: number, comment: string): Promise<void> {
    if (!this.token) return;
    const result = await this.api.rate(this.token, { score, ...(comment ? { comment } : {}) });
    if (result.kind === 'ok') this.apply(result.value);
    else this.explain(result, this.t('sendFailed'));
  }

  stop(): void {
    this.events?.stop();
    clearTimeout(this.noticeTimer);
    clearTimeout(this.retryTimer);
  }

  /** A session, started once at a time; false while the queue cannot be reached (retried by the caller's next step). */
  private ensureSession(): Promise<boolean> {
    if (this.events) return Promise.resolve(true);
    this.sessionStarting ??= this.startSession().finally(() => {
      this.sessionStarting = null;
    });
    return this.sessionStarting;
  }

  private async startSession(): Promise<boolean> {
    const result = await this.api.session(this.token, this.options.identity, this.language.visitorTag);
    if (result.kind !== 'ok') {
      if (result.kind === 'refused')
        this.refuse(`the queue refused the chat session (${result.code}: ${result.message})`);
      else {
        this.sessionFailures += 1;
        this.explain(result, this.t('unavailable'));
        this.scheduleRetry(() => void this.ensureSession(), this.sessionFailures);
      }
      return false;
    }
    if (this.sessionFailures > 0) this.notice(null);
    this.sessionFailures = 0;
    if (result.value.sessionToken !== this.token) this.conversation = null;
    this.token = result.value.sessionToken;
    this.apply(result.value.conversation);
    const token = this.token;
    this.events = new ConversationEvents((signal) => this.api.events(token, signal), {
      connected: () => this.connected(),
      disconnected: () => {
        this.streamDropped = true;
        this.notice({ text: this.t('reconnecting'), tone: 'problem' });
      },
      changed: (cursor) => {
        if (cursor !== this.conversation?.cursor) void this.refresh();
      },
      unauthorized: () => this.sessionLost(),
    });
    this.events.start();
    void this.flush();
    return true;
  }

  private connected(): void {
    if (this.streamDropped) {
      this.streamDropped = false;
      this.notice({ text: this.t('reconnected'), tone: 'ok' }, RECONNECTED_NOTICE_MS);
    }
    void this.refresh();
    void this.flush();
  }

  /** The queue forgot the session (expired): a new one, the unsent messages kept for it. */
  private sessionLost(): void {
    this.events?.stop();
    this.events = null;
    this.token = null;
    this.keep();
    void this.ensureSession();
  }

  private async refresh(): Promise<void> {
    if (!this.token) return;
    const result = await this.api.conversation(this.token);
    if (result.kind === 'ok') this.apply(result.value);
    else if (result.kind === 'refused' && result.status === 401) this.sessionLost();
  }

  /** Sends the pending messages in order, one at a time; a network error keeps them and tries again later. */
  private async flush(): Promise<void> {
    if (this.flushing || !this.events || !this.token) return;
    this.flushing = true;
    try {
      for (;;) {
        const next = unconfirmed(this.pending, this.conversation)[0];
        if (!next || !this.token) return;
        const result = await this.api.send(this.token, next);
        if (result.kind === 'ok') {
          if (this.sendFailures > 0) this.notice({ text: this.t('reconnected'), tone: 'ok' }, RECONNECTED_NOTICE_MS);
          this.sendFailures = 0;
          this.apply(result.value);
          continue;
        }
        if (result.kind === 'offline') {
          this.sendFailures += 1;
          this.notice({ text: this.t('reconnecting'), tone: 'problem' });
          this.scheduleRetry(() => void this.flush(), this.sendFailures);
          return;
        }
        if (result.kind === 'refused' && result.status === 401) {
          this.sessionLost();
          return;
        }
        this.drop(next);
        if (result.kind === 'rate_limited') this.blockedUntil = Date.now() + result.retryAfterSeconds * 1000;
        this.explain(result, this.t('sendFailed'));
      }
    } finally {
      this.flushing = false;
    }
  }

  /** A message the queue will not take as it is: back into the input, nothing lost. */
  private drop(message: PendingMessage): void {
    this.pending = this.pending.filter((kept) => kept.clientMessageId !== message.clientMessageId);
    this.keep();
    this.render();
    this.view?.restoreDraft(message.text);
  }

  private apply(conversation: WidgetConversation): void {
    if (this.conversation && conversation.cursor < this.conversation.cursor) return;
    this.conversation = conversation;
    this.pending = unconfirmed(this.pending, conversation);
    this.keep();
    this.render();
  }

  private render(): void {
    const view = conversationView(this.conversation, this.pending);
    const fresh = this.shownKeys ? arrivals(this.shownKeys, view.items) : [];
    this.shownKeys = new Set(view.items.map((item) => item.key));
    this.view?.render(view);
    const latest = fresh[fresh.length - 1];
    if (latest) this.view?.announce(this.view.authorOf(latest), latest.text);
  }

  private explain(result: Exclude<ApiResult<unknown>, { kind: 'ok' }>, refusedText: string): void {
    if (result.kind === 'rate_limited') {
      const duration = formatDuration(this.language.code, result.retryAfterSeconds);
      this.notice({ text: this.t('rateLimited', { duration }), tone: 'problem' });
    } else if (result.kind === 'offline') this.notice({ text: this.t('reconnecting'), tone: 'problem' });
    else this.notice({ text: refusedText, tone: 'problem' });
  }

  private notice(notice: Notice | null, clearAfterMs?: number): void {
    clearTimeout(this.noticeTimer);
    this.view?.showNotice(notice);
    if (clearAfterMs) this.noticeTimer = setTimeout(() => this.view?.showNotice(null), clearAfterMs);
  }

  private scheduleRetry(retry: () => void, failures = 1): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(retry, retryDelay(failures));
  }

  private keep(): void {
    this.storage.write(this.token, this.pending);
  }
}
