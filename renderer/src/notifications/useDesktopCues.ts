import type { i18n as I18n } from 'i18next';
import { useEffect } from 'react';
import type { ConsoleApi } from '../../../shared/api/console-contract.js';
import type { ApiMode } from '../api/console-api.js';
import type { Controller } from '../state/controller.js';
import { browserLocalStorage } from '../state/drafts-storage.js';
import { readInboxWindow, type InboxWindowApi } from '../state/inbox-loader.js';
import type { ConsoleStoreApi } from '../state/store.js';
import { loadCueMemory } from './cue-storage.js';
import { notifyOnDesktop } from './desktop-notice.js';
import { RecentEscalationCues, type CueTicket, type RecentRow } from './escalation-cues.js';

/** Coalesces bursts of change events into one look at the inbox. */
const LOOK_DELAY_MS = 400;
/** A look even without events, in case one was missed. */
const LOOK_INTERVAL_MS = 30_000;
/** Rows read at each end of a windowed inbox: its whole length for a few hundred tickets, a sample beyond. */
const WINDOW_ROWS = 200;

export interface DesktopCuesInput {
  api: InboxWindowApi & Pick<ConsoleApi, 'subscribe'>;
  store: ConsoleStoreApi;
  controller: Pick<Controller, 'setTab' | 'openTicket'>;
  i18n: I18n;
  /** In Electron the main process already notifies and counts on the tray or dock. */
  mode: ApiMode;
}

/**
 * Desktop cues in the browser: the number of escalations not yet opened in the window title, and a
 * Web Notification for each new escalation (when the agent turned them on in the settings and is
 * looking elsewhere). Clicking one brings the console forward with that ticket open.
 */
export function useDesktopCues({ api, store, controller, i18n, mode }: DesktopCuesInput): void {
  useEffect(() => {
    const storage = browserLocalStorage();
    const memory = loadCueMemory(storage);
    const recentCues = new RecentEscalationCues(memory.seen, memory.announced);
    let unread = 0;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running: Promise<void> = Promise.resolve();

    const showTitle = (): void => {
      const app = i18n.t('app.name');
      document.title = unread > 0 ? i18n.t('desktop.unreadTitle', { count: unread, app }) : app;
    };

    const announce = (ticket: CueTicket): void =>
      notifyOnDesktop(
        {
          title: i18n.t('desktop.newEscalation'),
          body: ticket.subject,
          tag: `switchboard-escalation-${ticket.id}`,
          onClick: () => {
            controller.setTab('inbox');
            controller.openTicket(ticket.id);
          },
        },
        { mode, i18n, storage },
      );

    const markOpenTicketSeen = (): void => {
      const open = store.getState().openTicketId;
      if (open) memory.seen.add(open);
    };

    /** The inbox's unread count, and rows from both ends of the list (never the whole inbox). */
    const look = async (): Promise<void> => {
      const head = await readInboxWindow(api, { offset: 0, limit: WINDOW_ROWS, view: 'all' });
      if (stopped || !head.ok) return;
      const rows: RecentRow[] = [...head.value.rows];
      if (head.value.total > WINDOW_ROWS) {
        const tail = await readInboxWindow(api, {
          offset: Math.max(WINDOW_ROWS, head.value.total - WINDOW_ROWS),
          limit: WINDOW_ROWS,
          view: 'all',
        });
        if (stopped) return;
        if (tail.ok) rows.push(...tail.value.rows);
      }
      markOpenTicketSeen();
      const arrived = recentCues.update(rows);
      memory.save();
      unread = head.value.unread;
      showTitle();
      for (const ticket of arrived) announce(ticket);
    };

    const schedule = (): void => {
      if (stopped) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(look).catch(() => undefined);
      }, LOOK_DELAY_MS);
    };

    const unsubscribeEvents = api.subscribe((event) => {
      if (event.type === 'tickets_changed') schedule();
    });
    const unsubscribeStore = store.subscribe((state, previous) => {
      const open = state.openTicketId;
      if (!open || open === previous.openTicketId) return;
      if (memory.seen.add(open)) memory.save();
      // The inbox counts unread on the console (the ticket is marked read as it opens): look again.
      schedule();
    });
    const interval = setInterval(schedule, LOOK_INTERVAL_MS);
    i18n.on('languageChanged', showTitle);
    running = look().catch(() => undefined);

    return () => {
      stopped = true;
      clearTimeout(timer);
      clearInterval(interval);
      unsubscribeEvents();
      unsubscribeStore();
      i18n.off('languageChanged', showTitle);
    };
  }, [api, store, controller, i18n, mode]);
}
