import { useEffect, useRef } from 'react';
import type { ConsoleApi } from '../../../shared/api/console-contract.js';
import type { PresenceUpdate } from '../../../shared/api/presence-contract.js';
import { useController } from '../state/context.js';

/** Typing is said at most this often while the text keeps changing. */
export const TYPING_THROTTLE_MS = 2_000;
/** Without a change for this long the person is back to viewing. */
export const TYPING_IDLE_MS = 5_000;

/** Tells the queue (through the console) this person's presence on a ticket; offline nothing is kept to send later. */
export function sayPresence(api: Pick<ConsoleApi, 'setPresence'>, ticketId: string, state: PresenceUpdate['state']) {
  void api.setPresence({ ticketId, state });
}

/**
 * The reply editor reports typing: a change of its text says `typing` (at most every TYPING_THROTTLE_MS), and
 * TYPING_IDLE_MS without one says `viewing` again. The text it opens with (a kept draft) is not typing.
 */
export function useTypingPresence(ticketId: string, text: string): void {
  const { api } = useController();
  const previous = useRef(text);
  const saidAt = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    previous.current = text;
    saidAt.current = 0;
    return () => {
      if (idle.current) clearTimeout(idle.current);
      idle.current = null;
    };
    // Only a new ticket starts over (the text it opens with is not typing); the text is followed below.
  }, [ticketId]);

  useEffect(() => {
    if (text === previous.current) return;
    previous.current = text;
    if (Date.now() - saidAt.current >= TYPING_THROTTLE_MS) {
      saidAt.current = Date.now();
      sayPresence(api, ticketId, 'typing');
    }
    if (idle.current) clearTimeout(idle.current);
    idle.current = setTimeout(() => {
      idle.current = null;
      saidAt.current = 0;
      sayPresence(api, ticketId, 'viewing');
    }, TYPING_IDLE_MS);
  }, [api, ticketId, text]);
}
