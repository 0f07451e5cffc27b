/**
 * Other people's presence for the ui benchmark (issue 19): kept on a few tickets like consoles do (a heartbeat every
 * PRESENCE_HEARTBEAT_MS), or changed at a fixed rate while the page's frames are timed.
 */
import type { Page } from 'playwright-core';
import { PRESENCE_HEARTBEAT_MS, type PresenceUpdate } from '../shared/api/presence-contract.js';

/** Another person at another console: says presence to the queue with their token. */
export interface OtherPerson {
  queueUrl: string;
  token: string;
}

async function say(person: OtherPerson, update: PresenceUpdate): Promise<boolean> {
  try {
    const response = await fetch(`${person.queueUrl}/v1/presence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${person.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(update),
    });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** Each person views one of `ticketIds` and repeats it every heartbeat until stopped; resolves once all said it. */
export async function keepOthersPresent(people: OtherPerson[], ticketIds: string[]): Promise<() => void> {
  const pairs = people.map((person, index) => ({ person, ticketId: ticketIds[index % ticketIds.length] ?? '' }));
  const beat = () => Promise.all(pairs.map(({ person, ticketId }) => say(person, { ticketId, state: 'viewing' })));
  await beat();
  const timer = setInterval(() => void beat(), PRESENCE_HEARTBEAT_MS);
  return () => clearInterval(timer);
}

export interface PresenceRateStep {
  /** Presence events a second asked for. */
  rate: number;
  /** Sent and taken by the queue a second, as measured. */
  sentPerSecond: number;
  worstFrameMs: number;
  framesOver50Ms: number;
}

/**
 * For `seconds`, the people change their presence on `ticketIds` (typing, viewing, in turn: each one a change the
 * console passes on) at `rate` a second, while the page records every animation frame's length.
 */
export async function measurePresenceRate(
  page: Page,
  people: OtherPerson[],
  ticketIds: string[],
  rate: number,
  seconds: number,
): Promise<PresenceRateStep> {
  await page.evaluate(() => {
    const frames: number[] = [];
    const state = { frames, running: true };
    (globalThis as unknown as { __presenceFrames: typeof state }).__presenceFrames = state;
    let last = performance.now();
    const frame = (t: number) => {
      frames.push(t - last);
      last = t;
      if (state.running) requestAnimationFrame(frame);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(frame);
    });
  });
  const tickMs = 20;
  const started = performance.now();
  let due = 0;
  let sent = 0;
  let taken = 0;
  const inFlight: Promise<void>[] = [];
  while (performance.now() - started < seconds * 1000) {
    due += (rate * tickMs) / 1000;
    for (; due >= 1; due -= 1, sent++) {
      const person = people[sent % people.length];
      const ticketId = ticketIds[sent % ticketIds.length];
      if (!person || !ticketId) continue;
      const state = Math.floor(sent / people.length) % 2 === 0 ? 'typing' : 'viewing';
      inFlight.push(say(person, { ticketId, state }).then((ok) => void (ok ? taken++ : undefined)));
    }
    await new Promise((resolve) => setTimeout(resolve, tickMs));
  }
  await Promise.all(inFlight);
  const elapsedS = (performance.now() - started) / 1000;
  // Two more frames so the last events' renders are counted.
  await page.waitForTimeout(200);
  const deltas = await page.evaluate(() => {
    const state = (globalThis as unknown as { __presenceFrames: { frames: number[]; running: boolean } })
      .__presenceFrames;
    state.running = false;
    return state.frames.slice(1);
  });
  return {
    rate,
    sentPerSecond: Math.round((taken / elapsedS) * 10) / 10,
    worstFrameMs: Math.round(Math.max(0, ...deltas) * 10) / 10,
    framesOver50Ms: deltas.filter((d) => d > 50).length,
  };
}
