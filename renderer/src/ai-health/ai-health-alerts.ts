import { create } from 'zustand';
import type { ConsoleApi } from '../../../shared/api/console-contract.js';
import type { StoredAiHealthEvent } from '../../../shared/api/ai-health-contract.js';

/** Where the newest event the lead has seen on the AI health screen is remembered, across restarts. */
const SEEN_KEY = 'switchboard.aiHealth.seenAt';

function readSeen(): string | null {
  try {
    return globalThis.localStorage?.getItem(SEEN_KEY) ?? null;
  } catch {
    return null;
  }
}

interface AiHealthAlertsState {
  /** Alerts newer than the newest event the lead has seen; null until first counted (or offline). */
  unseen: number | null;
  /** The time of the newest event seen (the queue's clock). */
  seenAt: string | null;
  setUnseen(unseen: number | null): void;
  markSeen(events: readonly StoredAiHealthEvent[]): void;
}

/** The AI health tab's badge: alerts the lead has not seen on the screen yet. */
export const useAiHealthAlerts = create<AiHealthAlertsState>()((set, get) => ({
  unseen: null,
  seenAt: readSeen(),
  setUnseen: (unseen) => set({ unseen }),
  markSeen(events) {
    const newest = events.reduce<string | null>((at, event) => (at === null || event.at > at ? event.at : at), null);
    const seenAt = newest !== null && (get().seenAt === null || newest > (get().seenAt ?? '')) ? newest : get().seenAt;
    try {
      if (seenAt) globalThis.localStorage?.setItem(SEEN_KEY, seenAt);
    } catch {
      // A browser without storage counts from the start of each session.
    }
    set({ seenAt, unseen: 0 });
  },
}));

type HealthApi = Pick<ConsoleApi, 'listAiHealth'>;

/** The renderer's one reader of the queue's AI health events (the screen and the tab's count), newest first. */
export function readHealthEvents(api: HealthApi, query: { since?: string; limit: number }) {
  return api.listAiHealth(query);
}

/** Counts the alerts after the newest event seen (one page of the newest); offline the badge shows nothing. */
export async function countUnseenAlerts(api: HealthApi): Promise<void> {
  const { seenAt, setUnseen } = useAiHealthAlerts.getState();
  const answer = await readHealthEvents(api, { ...(seenAt ? { since: seenAt } : {}), limit: 200 });
  setUnseen(answer.ok ? answer.value.events.filter((event) => event.alert).length : null);
}
