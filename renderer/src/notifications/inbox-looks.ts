import type { i18n as I18n } from 'i18next';
import type { ConsoleApi } from '../../../shared/api/console-contract.js';
import type { ApiMode } from '../api/console-api.js';
import type { Controller } from '../state/controller.js';
import type { InboxWindowApi } from '../state/inbox-loader.js';
import type { ConsoleStoreApi } from '../state/store.js';

/** Coalesces bursts of change events into one look at the inbox. */
const LOOK_DELAY_MS = 400;
/** A look even without events, in case one was missed (and SLA targets fall due while nothing changes). */
const LOOK_INTERVAL_MS = 30_000;

/** What the cues that look at the inbox (new escalations, SLA breaches) are given. */
export interface InboxCuesInput {
  api: InboxWindowApi & Pick<ConsoleApi, 'subscribe'>;
  store: ConsoleStoreApi;
  controller: Pick<Controller, 'setTab' | 'openTicket'>;
  i18n: I18n;
  /** In Electron the main process already notifies and counts on the tray or dock. */
  mode: ApiMode;
}

/**
 * Runs `look` one at a time: at once, soon after each `schedule()` (a burst of calls makes one look) and every
 * LOOK_INTERVAL_MS. `look` is told whether the looks were stopped meanwhile (after an await).
 */
export function inboxLooks(look: (stopped: () => boolean) => Promise<void>) {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const isStopped = () => stopped;
  const run = () => look(isStopped).catch(() => undefined);
  let running: Promise<void> = run();
  const schedule = (): void => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(run);
    }, LOOK_DELAY_MS);
  };
  const interval = setInterval(schedule, LOOK_INTERVAL_MS);
  return {
    schedule,
    stop(): void {
      stopped = true;
      clearTimeout(timer);
      clearInterval(interval);
    },
  };
}
