import type { ConsoleApi } from '../../shared/api/console-contract.js';
import type { DesktopText } from './desktop-text.js';
import { EscalationTracker, escalationNotice, type EscalationNotice } from './escalation-tracker.js';

export interface EscalationWatchOptions {
  api: Pick<ConsoleApi, 'listInbox' | 'subscribe'>;
  setCount(count: number): void;
  notify(notice: EscalationNotice): void;
  /** Coalesces bursts of change events into one look at the inbox. */
  delayMs?: number;
  log?: (line: string) => void;
  /** The language of the notices (the system's UI language; English when absent). */
  text?: DesktopText;
}

/**
 * Keeps the tray's escalation count current and announces new escalations. Electron-free: the tray
 * and the notification are passed in. Returns the function that stops watching.
 */
export function watchEscalations(options: EscalationWatchOptions): () => void {
  const tracker = new EscalationTracker();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  const look = async (): Promise<void> => {
    const inbox = await options.api.listInbox({});
    if (stopped) return;
    if (!inbox.ok) {
      options.log?.(`Could not read the escalation inbox: ${inbox.error.message}`);
      return;
    }
    const change = tracker.update(inbox.value);
    options.setCount(change.count);
    const notice = escalationNotice(change.arrived, options.text);
    if (notice) options.notify(notice);
  };
  const schedule = (): void => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running
        .then(look)
        .catch((error: unknown) => options.log?.(`Escalation watch failed: ${String(error)}`));
    }, options.delayMs ?? 500);
  };

  const unsubscribe = options.api.subscribe((event) => {
    if (event.type === 'tickets_changed') schedule();
  });
  running = look().catch((error: unknown) => options.log?.(`Escalation watch failed: ${String(error)}`));
  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  };
}
