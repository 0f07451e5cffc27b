import { z } from 'zod';
import { BoundedIdSet } from './escalation-cues.js';

const SEEN_KEY = 'switchboard.seenTickets.v1';
const ANNOUNCED_KEY = 'switchboard.announcedTickets.v1';
const ENABLED_KEY = 'switchboard.notifications.v1';
const BREACHES_KEY = 'switchboard.announcedSlaBreaches.v1';
/** Enough for a long shift's inbox; the oldest ids are forgotten first. */
const MAX_IDS = 5000;

const IdListSchema = z.array(z.string().min(1).max(200)).max(MAX_IDS * 2);

function readIds(storage: Storage | null, key: string): string[] {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return [];
    const parsed = IdListSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

function writeIds(storage: Storage | null, key: string, ids: BoundedIdSet): void {
  try {
    storage?.setItem(key, JSON.stringify(ids.toArray()));
  } catch {
    // Quota or disabled storage: remembered for this session only.
  }
}

/** The tickets this agent opened and the ones already announced, kept in the browser's local storage. */
export function loadCueMemory(storage: Storage | null) {
  const seen = new BoundedIdSet(MAX_IDS, readIds(storage, SEEN_KEY));
  const announced = new BoundedIdSet(MAX_IDS, readIds(storage, ANNOUNCED_KEY));
  return {
    seen,
    announced,
    save(): void {
      writeIds(storage, SEEN_KEY, seen);
      writeIds(storage, ANNOUNCED_KEY, announced);
    },
  };
}

/** The SLA breaches already announced to the lead in this browser (ticket and target keys, see breachKey). */
export function loadBreachMemory(storage: Storage | null) {
  const announced = new BoundedIdSet(MAX_IDS, readIds(storage, BREACHES_KEY));
  return {
    announced,
    save(): void {
      writeIds(storage, BREACHES_KEY, announced);
    },
  };
}

/** Whether the agent turned desktop notifications on in the settings (off until they do). */
export function notificationsWanted(storage: Storage | null): boolean {
  try {
    return storage?.getItem(ENABLED_KEY) === 'on';
  } catch {
    return false;
  }
}

export function setNotificationsWanted(storage: Storage | null, wanted: boolean): void {
  try {
    if (wanted) storage?.setItem(ENABLED_KEY, 'on');
    else storage?.removeItem(ENABLED_KEY);
  } catch {
    // Applies to this session only.
  }
}
