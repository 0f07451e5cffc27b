import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WakeableLoop, type RoundOutcome, type WakeableLoopOptions } from '../../../lib/wakeable-loop.js';

interface ScriptedLoop {
  loop: WakeableLoop;
  /** When each round started (fake clock). */
  started: number[];
  /** Ends the round in progress with this outcome (an Error: it throws) and lets the loop react. */
  end: (outcome: RoundOutcome | Error) => Promise<void>;
  /** Rounds in progress (0 or 1). */
  running: () => number;
}

const opened: ScriptedLoop[] = [];

/** A loop whose rounds end when the test says so, each with the outcome the test gives. */
function scriptedLoop(options: Partial<WakeableLoopOptions> = {}): ScriptedLoop {
  const started: number[] = [];
  const endings: ((outcome: RoundOutcome | Error) => void)[] = [];
  const loop = new WakeableLoop({
    round: () => {
      started.push(Date.now());
      return new Promise<RoundOutcome>((resolve, reject) =>
        endings.push((outcome) => (outcome instanceof Error ? reject(outcome) : resolve(outcome))),
      );
    },
    backoff: { baseMs: 100, maxMs: 1_000 },
    ...options,
  });
  const end = async (outcome: RoundOutcome | Error): Promise<void> => {
    const ending = endings.shift();
    if (!ending) throw new Error('no round is running');
    ending(outcome);
    await vi.advanceTimersByTimeAsync(0);
  };
  const scripted = { loop, started, end, running: () => endings.length };
  opened.push(scripted);
  return scripted;
}

describe('WakeableLoop', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    // The back-off's jitter at its ceiling: 100, 200, 400, ... ms (backoff.ts).
    vi.spyOn(Math, 'random').mockReturnValue(1);
  });
  afterEach(async () => {
    // Each loop stopped, its round in progress (if any) ended.
    for (const { loop, end, running } of opened.splice(0)) {
      const stopping = loop.stop();
      while (running() > 0) await end('rest');
      await stopping;
    }
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('runs at once when started, then again after resting restMs', async () => {
    const { loop, started, end } = scriptedLoop({ restMs: 1_000 });
    loop.start();
    expect(started).toEqual([0]);
    await vi.advanceTimersByTimeAsync(50);
    await end('rest');
    await vi.advanceTimersByTimeAsync(999);
    expect(started).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual([0, 1_050]);
  });

  it('can wait before its first round', async () => {
    const { loop, started } = scriptedLoop();
    loop.start(500);
    await vi.advanceTimersByTimeAsync(499);
    expect(started).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual([500]);
  });

  it('folds every wake during a round into one more round after it', async () => {
    const { loop, started, end, running } = scriptedLoop({ restMs: 60_000 });
    loop.start();
    loop.wake();
    loop.wake();
    loop.wake();
    expect(running()).toBe(1);
    await vi.advanceTimersByTimeAsync(10);
    await end('rest');
    expect(started).toEqual([0, 10]);
    await end('rest');
    expect(started).toEqual([0, 10]);
  });

  it('folds a wake from inside a round, even before its first await, into one more round after it', async () => {
    let rounds = 0;
    let inRound = 0;
    let mostAtOnce = 0;
    const loop: WakeableLoop = new WakeableLoop({
      round: async () => {
        rounds++;
        mostAtOnce = Math.max(mostAtOnce, ++inRound);
        if (rounds === 1) loop.wake();
        await Promise.resolve();
        inRound--;
        return 'rest';
      },
      backoff: { baseMs: 100, maxMs: 1_000 },
    });
    loop.wake();
    await loop.settled();
    expect({ rounds, mostAtOnce }).toEqual({ rounds: 2, mostAtOnce: 1 });
  });

  it('cuts a rest short when woken', async () => {
    const { loop, started, end } = scriptedLoop({ restMs: 60_000 });
    loop.start();
    await end('rest');
    await vi.advanceTimersByTimeAsync(300);
    loop.wake();
    expect(started).toEqual([0, 300]);
  });

  it('runs again at once after a round that had more to do', async () => {
    const { loop, started, end } = scriptedLoop({ restMs: 60_000 });
    loop.start();
    await end('again');
    await end('again');
    expect(started).toEqual([0, 0, 0]);
  });

  it('backs off exponentially after failures, reports thrown errors, and starts over after a success', async () => {
    const errors: [string, number][] = [];
    const { loop, started, end } = scriptedLoop({
      restMs: 60_000,
      onError: (error, retryInMs) => errors.push([(error as Error).message, retryInMs]),
    });
    loop.start();
    await end(new Error('queue down'));
    await vi.advanceTimersByTimeAsync(100);
    await end('retry');
    await vi.advanceTimersByTimeAsync(200);
    await end(new Error('still down'));
    await vi.advanceTimersByTimeAsync(400);
    expect(started).toEqual([0, 100, 300, 700]);
    expect(errors).toEqual([
      ['queue down', 100],
      ['still down', 400],
    ]);
    await end('rest');
    loop.wake();
    await end('retry');
    await vi.advanceTimersByTimeAsync(99);
    expect(started).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual([0, 100, 300, 700, 700, 800]);
  });

  it('caps the back-off at maxMs, and a wake ends the back-off wait', async () => {
    const { loop, started, end } = scriptedLoop();
    loop.start();
    for (const wait of [100, 200, 400, 800, 1_000]) {
      await end('retry');
      await vi.advanceTimersByTimeAsync(wait);
    }
    expect(started).toEqual([0, 100, 300, 700, 1_500, 2_500]);
    await end('retry');
    await vi.advanceTimersByTimeAsync(10);
    loop.wake();
    expect(started.at(-1)).toBe(2_510);
  });

  it('starts the back-off over when told a connection came up', async () => {
    const { loop, started, end } = scriptedLoop();
    loop.start();
    await end('retry');
    await vi.advanceTimersByTimeAsync(100);
    await end('retry');
    await vi.advanceTimersByTimeAsync(200);
    loop.resetBackoff();
    await end('retry');
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toEqual([0, 100, 300, 400]);
  });

  it('ends by itself after a round that says done, and wakes no longer run it', async () => {
    const { loop, started, end } = scriptedLoop({ restMs: 100 });
    loop.start();
    await end('done');
    expect(loop.active).toBe(false);
    loop.wake();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started).toEqual([0]);
  });

  it('never started, runs only when woken: no rest interval, but failures are retried', async () => {
    const { loop, started, end } = scriptedLoop({ restMs: 100 });
    loop.wake();
    await end('rest');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(started).toEqual([0]);
    loop.wake();
    await end('retry');
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toEqual([0, 10_000, 10_100]);
    await end('rest');
    expect(loop.active).toBe(false);
  });

  it('settles once the round in progress and the ones woken meanwhile have ended', async () => {
    const { loop, end } = scriptedLoop({ restMs: 60_000 });
    let settled = false;
    await loop.settled();
    loop.start();
    loop.wake();
    void loop.settled().then(() => (settled = true));
    await end('rest');
    expect(settled).toBe(false);
    await end('rest');
    expect(settled).toBe(true);
  });

  it('stop() waits for the round in progress and runs no more rounds', async () => {
    const { loop, started, end } = scriptedLoop({ restMs: 100 });
    loop.start();
    loop.wake();
    let stopped = false;
    const stopping = loop.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    await end('rest');
    await stopping;
    expect(stopped).toBe(true);
    loop.wake();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started).toEqual([0]);
  });

  it('stop() ends a pending back-off, and start() afterwards runs again', async () => {
    const { loop, started, end } = scriptedLoop();
    loop.start();
    await end('retry');
    await loop.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(started).toEqual([0]);
    loop.start();
    expect(started).toEqual([0, 10_000]);
  });

  it('pause() inside a round ends after its time, or early when woken or stopped', async () => {
    const { loop, end } = scriptedLoop({ restMs: 60_000 });
    loop.start();
    const timed = loop.pause(1_000);
    let over = false;
    void timed.then(() => (over = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(over).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(over).toBe(true);

    const woken = loop.pause(60_000);
    loop.wake();
    await woken;
    const stopped = loop.pause(60_000);
    const stopping = loop.stop();
    await stopped;
    expect(Date.now()).toBe(1_000);
    await end('rest');
    await stopping;
    await loop.pause(60_000);
    expect(Date.now()).toBe(1_000);
  });
});
