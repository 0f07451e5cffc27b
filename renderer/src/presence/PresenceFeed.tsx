import { useEffect } from 'react';
import { useConsoleState, useController } from '../state/context.js';
import { sayPresence } from './useTypingPresence.js';
import { usePresence } from './presence-store.js';

/** How long a ticket stays open before this person is said to be viewing it. */
const VIEWING_AFTER_MS = 400;

/**
 * Presence for the whole console (mounted once): the people the console knows of at start (and after a sign-in), then
 * every `presence_changed` event; and this person's own presence: viewing the ticket that is open (once it stayed open
 * VIEWING_AFTER_MS), `left` when it closes or another opens.
 */
export function PresenceFeed() {
  const { api } = useController();
  const openTicketId = useConsoleState((s) => s.openTicketId);

  useEffect(() => {
    const { apply, reset } = usePresence.getState();
    const readAll = async () => {
      const answer = await api.listPresence({});
      if (answer.ok) reset(answer.value.entries);
    };
    void readAll();
    return api.subscribe((event) => {
      if (event.type === 'presence_changed') apply(event.entry);
      if (event.type === 'session_changed') void readAll();
    });
  }, [api]);

  useEffect(() => {
    if (openTicketId === null) return;
    // Said once the ticket stays open a moment: moving through tickets with j/k says nothing for each one passed, and
    // the ticket's own loading (its thread, the customer's history) does not share the host with presence calls.
    let said = false;
    const viewing = setTimeout(() => {
      said = true;
      sayPresence(api, openTicketId, 'viewing');
    }, VIEWING_AFTER_MS);
    return () => {
      clearTimeout(viewing);
      if (said) sayPresence(api, openTicketId, 'left');
    };
  }, [api, openTicketId]);

  return null;
}
