import { describe, expect, it } from 'vitest';
import type { PresenceEntry } from '../../../shared/api/presence-contract.js';
import { usePresence } from '../../../renderer/src/presence/presence-store.js';
import { initialsOf } from '../../../renderer/src/presence/presence-wording.js';

const entry = (ticketId: string, principal: string, state: PresenceEntry['state']): PresenceEntry => ({
  ticketId,
  principal,
  name: principal === 'user:ana' ? 'Ana Lima' : 'Ben',
  state,
  until: '2026-12-07T06:00:00.000Z',
});

describe('presence in the renderer', () => {
  it("replaces one person's entry on one ticket, leaves the other tickets' lists as they were, and drops `left`", () => {
    const { apply, reset } = usePresence.getState();
    reset([entry('t1', 'user:ana', 'viewing'), entry('t2', 'user:ben', 'viewing')]);
    const otherTicket = usePresence.getState().byTicket.t2;
    apply(entry('t1', 'user:ana', 'typing'));
    expect(usePresence.getState().byTicket.t1).toEqual([entry('t1', 'user:ana', 'typing')]);
    expect(usePresence.getState().byTicket.t2).toBe(otherTicket);
    apply(entry('t1', 'user:ben', 'viewing'));
    expect(usePresence.getState().byTicket.t1?.map((held) => held.principal)).toEqual(['user:ana', 'user:ben']);
    apply(entry('t1', 'user:ana', 'left'));
    apply(entry('t1', 'user:ben', 'left'));
    expect(usePresence.getState().byTicket).toEqual({ t2: otherTicket });
  });

  it('names a person by their initials, in any script', () => {
    expect(initialsOf('Ana Lima')).toBe('AL');
    expect(initialsOf('ben')).toBe('B');
    expect(initialsOf('Émile de la Tour')).toBe('ÉT');
    expect(initialsOf('山田 太郎')).toBe('山太');
    expect(initialsOf('  ')).toBe('?');
  });
});
