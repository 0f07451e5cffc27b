import { useEffect } from 'react';
import { browserLocalStorage } from '../state/drafts-storage.js';
import { readInboxWindow } from '../state/inbox-loader.js';
import { loadCueMemory } from './cue-storage.js';
import { notifyOnDesktop } from './desktop-notice.js';
import { RecentEscalationCues, type CueTicket, type RecentRow } from './escalation-cues.js';
import { inboxLooks, type InboxCuesInput } from './inbox-looks.js';

/** Rows read at each end of a windowed inbox: its whole length for a few hundred tickets, a sample beyond. */
const WINDOW_ROWS = 200;

/**
 * Desktop cues in the browser: the number of escalations not yet opened in the window title, and a
 * Web Notification for each new escalation (when the agent turned them on in the settings and is
 * looking elsewhere). Clicking one brings the console forward with that ticket open.
 */
export function useDesktopCues({ api, store, controller, i18n, mode }: InboxCuesInput): void {
  useEffect(() => {
    const storage = browserLocalStorage();
    const memory = loadCueMemory(storage);
    const recentCues = new RecentEscalationCues(memory.seen, memory.announced);
    let unread = 0;

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
    const looks = inboxLooks(async (stopped) => {
      const head = await readInboxWindow(api, { offset: 0, limit: WINDOW_ROWS, view: 'all' });
      if (stopped() || !head.ok) return;
      const rows: RecentRow[] = [...head.value.rows];
      if (head.value.total > WINDOW_ROWS) {
        const tail = await readInboxWindow(api, {
          offset: Math.max(WINDOW_ROWS, head.value.total - WINDOW_ROWS),
          limit: WINDOW_ROWS,
          view: 'all',
        });
        if (stopped()) return;
        if (tail.ok) rows.push(...tail.value.rows);
      }
      markOpenTicketSeen();
      const arrived = recentCues.update(rows);
      memory.save();
      unread = head.value.unread;
      showTitle();
      for (const ticket of arrived) announce(ticket);
    });

    const unsubscribeEvents = api.subscribe((event) => {
      if (event.type === 'tickets_changed') looks.schedule();
    });
    const unsubscribeStore = store.subscribe((state, previous) => {
      const open = state.openTicketId;
      if (!open || open === previous.openTicketId) return;
      if (memory.seen.add(open)) memory.save();
      // The inbox counts unread on the console (the ticket is marked read as it opens): look again.
      looks.schedule();
    });
    i18n.on('languageChanged', showTitle);

    return () => {
      looks.stop();
      unsubscribeEvents();
      unsubscribeStore();
      i18n.off('languageChanged', showTitle);
    };
  }, [api, store, controller, i18n, mode]);
}
