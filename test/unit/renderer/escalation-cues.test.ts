import { describe, expect, it } from 'vitest';
import {
  BoundedIdSet,
  EscalationCues,
  RecentEscalationCues,
} from '../../../renderer/src/notifications/escalation-cues.js';

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
    const { cues: c, seenSet } = cues();
    c.update([]);
    seenSet.add('x');
    expect(c.update([ticket('x'), ticket('y')])).toEqual({ unread: 1, announce: [ticket('y')] });
    seenSet.add('y');
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

describe('escalation cues for a windowed inbox (rows from both ends, not the whole list)', () => {
  const row = (id: string, updatedAt: string, isNew = true) => ({ id, subject: `Subject ${id}`, updatedAt, isNew });
  const recent = () => {
    const seen = new BoundedIdSet(100);
    return { seen, cues: new RecentEscalationCues(seen, new BoundedIdSet(100)) };
  };

  it('takes the first look as the baseline, then announces rows changed since the newest change it saw', () => {
    const { cues: c } = recent();
    expect(c.update([row('a', '2026-01-01T10:00:00.000Z'), row('b', '2026-01-01T10:05:00.000Z')])).toEqual([]);
    expect(
      c.update([
        row('a', '2026-01-01T10:00:00.000Z'),
        row('b', '2026-01-01T10:05:00.000Z'),
        row('c', '2026-01-01T10:06:00.000Z'),
      ]),
    ).toEqual([{ id: 'c', subject: 'Subject c' }]);
  });

  it('does not take an old ticket sliding into the sampled window for a new one', () => {
    const { cues: c } = recent();
    c.update([row('b', '2026-01-01T10:05:00.000Z')]);
    // 'a' was outside the sample before (older); now the window shows it: not an arrival.
    expect(c.update([row('a', '2026-01-01T09:00:00.000Z'), row('b', '2026-01-01T10:05:00.000Z')])).toEqual([]);
  });

  it('never announces a ticket opened here, one already announced, or one opened on this console before (isNew false)', () => {
    const { cues: c, seen } = recent();
    c.update([]);
    seen.add('x');
    expect(
      c
        .update([
          row('x', '2026-01-01T11:00:00.000Z'),
          row('y', '2026-01-01T11:00:00.000Z', false),
          row('z', '2026-01-01T11:00:00.000Z'),
        ])
        .map((t) => t.id),
    ).toEqual(['z']);
    expect(c.update([row('z', '2026-01-01T11:30:00.000Z')])).toEqual([]);
  });
});
