import type { i18n as I18n } from 'i18next';
import { useEffect } from 'react';
import type { InboxRow } from '../../../shared/api/console-contract.js';
import { isLeadRole } from '../../../shared/api/whoami.js';
import { loadBreachMemory } from '../notifications/cue-storage.js';
import { notifyOnDesktop } from '../notifications/desktop-notice.js';
import { inboxLooks, type InboxCuesInput } from '../notifications/inbox-looks.js';
import { browserLocalStorage } from '../state/drafts-storage.js';
import { readInboxWindow, type InboxWindowApi } from '../state/inbox-loader.js';
import { breachesAmong, SlaBreachCues, type SlaBreach } from './breach-cues.js';
import { useSlaBreaches } from './sla-breaches.js';

/** Rows per read; the inbox is in due order, so the overdue rows come first. */
const WINDOW_ROWS = 200;
/** At most this many rows are read per look: past them, further breaches wait until earlier ones are handled. */
const MAX_ROWS_READ = 1_000;

/** The text a breach is announced with (the notice, the live region, the desktop notification). */
export function breachText(i18n: Pick<I18n, 't'>, breach: SlaBreach): string {
  const key = breach.target === 'first_reply' ? 'sla.breachFirstReply' : 'sla.breachResolution';
  return i18n.t(key, { subject: breach.subject });
}

/** The head of the due-ordered inbox, read on while every row read is already past its due instant. */
async function overdueHead(api: InboxWindowApi, now: number): Promise<InboxRow[] | null> {
  const rows: InboxRow[] = [];
  for (let offset = 0; offset < MAX_ROWS_READ; offset += WINDOW_ROWS) {
    const window = await readInboxWindow(api, { offset, limit: WINDOW_ROWS, view: 'all' });
    if (!window.ok) return offset === 0 ? null : rows;
    rows.push(...window.value.rows);
    const last = window.value.rows.at(-1);
    if (!last || Date.parse(last.dueAt) > now || offset + WINDOW_ROWS >= window.value.total) break;
  }
  return rows;
}

/**
 * On a lead's console (lead or admin role), announces each ticket that passes its SLA target while open, once per
 * ticket and target: a notice on screen (SlaBreachNotices, a live region), and a desktop notification in the
 * browser when turned on. What was overdue at the first look is not announced.
 */
export function useSlaBreachCues({ api, store, controller, i18n, mode }: InboxCuesInput): void {
  useEffect(() => {
    const storage = browserLocalStorage();
    const memory = loadBreachMemory(storage);
    const cues = new SlaBreachCues(memory.announced);

    const announce = (breach: SlaBreach): void =>
      notifyOnDesktop(
        {
          title: i18n.t('sla.breachTitle'),
          body: breachText(i18n, breach),
          tag: `switchboard-sla-${breach.id}-${breach.target}`,
          onClick: () => {
            controller.setTab('inbox');
            controller.openTicket(breach.id);
          },
        },
        { mode, i18n, storage },
      );

    const looks = inboxLooks(async (stopped) => {
      if (!isLeadRole(store.getState().status?.role)) return;
      const now = Date.now();
      const rows = await overdueHead(api, now);
      if (stopped() || rows === null) return;
      const breached = cues.update(breachesAmong(rows, now));
      memory.save();
      useSlaBreaches.getState().looked(breached);
      for (const breach of breached) announce(breach);
    });

    const unsubscribeEvents = api.subscribe((event) => {
      if (event.type === 'tickets_changed' || event.type === 'status_changed') looks.schedule();
    });
    return () => {
      looks.stop();
      unsubscribeEvents();
    };
  }, [api, store, controller, i18n, mode]);
}
