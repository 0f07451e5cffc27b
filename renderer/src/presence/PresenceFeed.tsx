import { useEffect } from 'react';
import { useConsoleState, useController } from '../state/context.js';
import { sayPresence } from './useTypingPresence.js';
import { usePresence } from './presence-store.js';

/**
 * Presence for the whole console (mounted once): the people the console knows of at start (and after a sign-in), then
 * every `presence_changed` event; and this person's own presence: viewing the ticket that is open, `left` when it
 * closes or another opens.
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
    sayPresence(api, openTicketId, 'viewing');
    return () => sayPresence(api, openTicketId, 'left');
  }, [api, openTicketId]);

  return null;
}
