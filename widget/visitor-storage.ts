import type { PendingMessage } from './conversation-view.js';

/**
 * What the widget keeps in the host page's localStorage, per tenant and widget key: the session token (a reload
 * resumes the conversation) and the messages not yet confirmed (sent again after a reload with the same id).
 * Storage may be refused (private mode, a sandboxed frame): the widget then works for this page view only.
 */
export class VisitorStorage {
  private readonly key: string;

  constructor(tenantId: string, widgetKey: string) {
    this.key = `switchboard-widget:${tenantId}:${widgetKey}`;
  }

  read(): { token: string | null; pending: PendingMessage[] } {
    try {
      const kept: unknown = JSON.parse(localStorage.getItem(this.key) ?? 'null');
      const token = (kept as { token?: unknown } | null)?.token;
      const pending = (kept as { pending?: unknown } | null)?.pending;
      return {
        token: typeof token === 'string' ? token : null,
        pending: Array.isArray(pending) ? pending.filter(isPending) : [],
      };
    } catch {
      return { token: null, pending: [] };
    }
  }

  write(token: string | null, pending: readonly PendingMessage[]): void {
    try {
      localStorage.setItem(this.key, JSON.stringify({ token, pending }));
    } catch {
      // Storage refused or full: the conversation lasts as long as the page.
    }
  }
}

function isPending(value: unknown): value is PendingMessage {
  const message = value as Partial<PendingMessage> | null;
  return typeof message?.clientMessageId === 'string' && typeof message.text === 'string';
}
