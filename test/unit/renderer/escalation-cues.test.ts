import { describe, expect, it } from 'vitest';
import { BoundedIdSet, EscalationCues } from '../../../renderer/src/notifications/escalation-cues.js';

const ticket = (id: string) => ({ id, subject: `Subject ${id}` });

function cues(seen: string[] = [], announced: string[] = []) {
  const seenSet = new BoundedIdSet(100, seen);
  const announcedSet = new BoundedIdSet(100, announced);
  return { cues: new EscalationCues(seenSet, announcedSet), seenSet, announcedSet };
}

describe('escalation cues', () => {
  it('counts what waits on the first look but announces nothing', () => {
    const { cues: c } = cues(['b']);
    expect(c.update([ticket('a'), ticket('b'), ticket('c')])).toEqual({ unread: 2, announce: [] });
  });

  it('announces each new escalation once, in inbox order', () => {
    const { cues: c } = cues();
    c.update([ticket('a')]);
    expect(c.update([ticket('a'), ticket('b'), ticket('c')]).announce.map((t) => t.id)).toEqual(['b', 'c']);
    expect(c.update([ticket('a'), ticket('b'), ticket('c')]).announce).toEqual([]);
  });

  it('does not announce a ticket that left the inbox and came back', () => {
    const { cues: c } = cues();
    c.update([ticket('a')]);
    c.update([ticket('a'), ticket('b')]);
    c.update([ticket('a')]);
    expect(c.update([ticket('a'), ticket('b')]).announce).toEqual([]);
  });

  it('never announces a ticket the agent already opened, and opened tickets stop counting as unread', () => {
    const { cues: c } = cues();
    c.update([]);
    c.markSeen('x');
    expect(c.update([ticket('x'), ticket('y')])).toEqual({ unread: 1, announce: [ticket('y')] });
    c.markSeen('y');
    expect(c.update([ticket('x'), ticket('y')]).unread).toBe(0);
  });

  it('remembers announced tickets across a reload (a new tracker with the stored sets)', () => {
    const first = cues();
    first.cues.update([]);
    first.cues.update([ticket('a')]);
    const reloaded = cues(first.seenSet.toArray(), first.announcedSet.toArray());
    reloaded.cues.update([]); // baseline after the reload: empty inbox seen first
    expect(reloaded.cues.update([ticket('a'), ticket('b')]).announce.map((t) => t.id)).toEqual(['b']);
  });

  it('keeps stored id lists bounded, forgetting the oldest first', () => {
    const set = new BoundedIdSet(3, ['a', 'b', 'c']);
    expect(set.add('d')).toBe(true);
    expect(set.toArray()).toEqual(['b', 'c', 'd']);
    expect(set.add('c')).toBe(false);
    expect(set.has('a')).toBe(false);
  });
});
