import { describe, expect, it } from 'vitest';
import type { InboxRow } from '../../../shared/api/console-contract.js';
import type { SlaTarget } from '../../../shared/sla/ticket-clock.js';
import { BoundedIdSet } from '../../../renderer/src/notifications/escalation-cues.js';
import { breachesAmong, SlaBreachCues } from '../../../renderer/src/sla/breach-cues.js';
import { rowCountdown } from '../../../renderer/src/sla/row-countdown.js';
import { useSlaBreaches } from '../../../renderer/src/sla/sla-breaches.js';
import { at, berlinOffice, HOUR, MINUTE } from '../sla/sla-fixtures.js';

/** An inbox row due at `dueAt` (UTC) for `target`, counted in the Berlin office's hours (Mon-Fri 09-12, 13-17 CET). */
function row(id: string, dueAt: string, target: SlaTarget = 'first_reply'): InboxRow {
  return {
    id,
    subject: `Ticket ${id}`,
    customerName: 'Ada',
    tier: 'standard',
    language: 'en',
    intent: null,
    ownerQueue: 'billing',
    reason: 'human_requested',
    assignee: null,
    createdAt: '2024-01-15T08:00:00.000Z',
    updatedAt: '2024-01-15T08:00:00.000Z',
    dueAt: new Date(at(dueAt)).toISOString(),
    sla: { target, hours: berlinOffice },
    snoozedUntil: null,
    isNew: true,
    unread: true,
    version: 1,
  };
}

describe('an inbox row’s countdown in business time', () => {
  it('counts what is left, what is overdue, and stands still after closing', () => {
    const due = row('a', '2024-01-15T15:00Z'); // Mon 16:00 CET
    expect(rowCountdown(due, at('2024-01-15T13:30Z'))).toEqual({ kind: 'due_in', businessMs: 90 * MINUTE });
    expect(rowCountdown(due, at('2024-01-15T15:30Z'))).toEqual({ kind: 'overdue', businessMs: 30 * MINUTE });
    // Mon 20:00 CET: 1 h overdue (16-17), nothing more after closing; Tue 10:00 CET: 2 h.
    expect(rowCountdown(due, at('2024-01-15T19:00Z'))).toEqual({ kind: 'overdue', businessMs: HOUR });
    expect(rowCountdown(due, at('2024-01-16T09:00Z'))).toEqual({ kind: 'overdue', businessMs: 2 * HOUR });
    // Due at closing (17:00 CET) and looked at 18:00 CET: no business time overdue yet, a reply now still meets it.
    expect(rowCountdown(row('b', '2024-01-15T16:00Z'), at('2024-01-15T17:00Z'))).toEqual({
      kind: 'due_now',
      businessMs: 0,
    });
    expect(rowCountdown({ ...due, sla: null }, at('2024-01-15T15:30Z'))).toBeNull();
  });
});

describe('SLA breaches announced to the lead', () => {
  const rows = [
    row('a', '2024-01-15T09:00Z'),
    row('b', '2024-01-15T14:00Z'),
    row('c', '2024-01-15T16:00Z', 'resolution'),
  ];
  const breachedAt = (now: string) => breachesAmong(rows, at(now)).map((b) => `${b.id}:${b.target}`);

  it('are the rows overdue by business time, not those due only on the wall clock', () => {
    expect(breachedAt('2024-01-15T14:30Z')).toEqual(['a:first_reply', 'b:first_reply']);
    // After closing on the day c fell due at closing: c is not breached until Tuesday's opening.
    expect(breachedAt('2024-01-15T16:00Z')).toEqual(['a:first_reply', 'b:first_reply']);
    expect(breachedAt('2024-01-16T08:01Z')).toEqual(['a:first_reply', 'b:first_reply', 'c:resolution']);
  });

  it('are told once per ticket and target, never what was breached at the first look, across a reload', () => {
    const announced = new BoundedIdSet(100);
    const cues = new SlaBreachCues(announced);
    const told = (now: string) => cues.update(breachesAmong(rows, at(now))).map((b) => `${b.id}:${b.target}`);
    expect(told('2024-01-15T10:00Z')).toEqual([]); // a was breached already: the baseline
    expect(told('2024-01-15T14:30Z')).toEqual(['b:first_reply']);
    expect(told('2024-01-15T14:45Z')).toEqual([]);
    // A reload: the remembered keys keep b from being told again, and its first look tells nothing new either.
    const reloaded = new SlaBreachCues(new BoundedIdSet(100, announced.toArray()));
    reloaded.update([]);
    expect(reloaded.update(breachesAmong(rows, at('2024-01-16T08:01Z'))).map((b) => b.id)).toEqual(['c']);
    // The same ticket breaching its other target is a new breach.
    const resolution = breachesAmong([row('b', '2024-01-15T14:00Z', 'resolution')], at('2024-01-16T08:01Z'));
    expect(reloaded.update(resolution).map((b) => `${b.id}:${b.target}`)).toEqual(['b:resolution']);
  });

  it('stay on screen newest first, at most five, until dismissed', () => {
    const breaches = breachesAmong(
      ['1', '2', '3', '4', '5', '6'].map((id) => row(id, '2024-01-15T09:00Z')),
      at('2024-01-15T10:00Z'),
    );
    useSlaBreaches.getState().looked(breaches.slice(0, 2));
    useSlaBreaches.getState().looked(breaches.slice(2));
    expect(useSlaBreaches.getState().notices.map((b) => b.id)).toEqual(['6', '5', '4', '3', '2']);
    useSlaBreaches.getState().dismiss(breaches[3] as (typeof breaches)[number]);
    expect(useSlaBreaches.getState().notices.map((b) => b.id)).toEqual(['6', '5', '3', '2']);
    expect(useSlaBreaches.getState().looks).toBe(2);
  });
});
