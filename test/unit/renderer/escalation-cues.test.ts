import { describe, expect, it } from 'vitest';
import { BoundedIdSet, RecentEscalationCues } from '../../../renderer/src/notifications/escalation-cues.js';

describe('the ids the cues remember', () => {
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
