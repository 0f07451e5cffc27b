import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueueEventStream } from '../lib/queue-client/queue-event-stream.js';
import { latencyFigures, type LatencyFigures } from '../test/helpers/latency-figures.js';
import { startQueueProcess } from '../test/helpers/queue-process.js';

/** The longest wait for one change's event before the bench gives up. */
const EVENT_TIMEOUT_MS = 10_000;

/**
 * Two queue processes on one PostgreSQL database: `changes` tickets created one after another through the first, each
 * timed from its request until the second process's event stream (GET /v1/events) names a cursor that includes it.
 * The queue's part of issue 19's "within a second": LISTEN/NOTIFY between the processes and the stream, no console.
 */
export async function benchCrossProcessEvents(db: string, changes: number): Promise<LatencyFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-events-'));
  const tokensFile = join(dir, 'tokens.json');
  const started = [];
  let stream: QueueEventStream | null = null;
  try {
    // One after the other: the first writes the demo tenant's tokens, the second reads them.
    const first = await startQueueProcess(db, tokensFile, ['--no-channels']);
    started.push(first);
    const second = await startQueueProcess(db, tokensFile, ['--no-channels']);
    started.push(second);
    let cursor = -1;
    let waiter: (() => void) | null = null;
    stream = new QueueEventStream({
      baseUrl: second.url,
      token: second.tokens.agent,
      onChange: (moved) => {
        cursor = Math.max(cursor, moved);
        waiter?.();
      },
    });
    stream.start();
    const reaches = (seq: number): Promise<void> =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no event for seq ${seq} in ${EVENT_TIMEOUT_MS} ms`)),
          EVENT_TIMEOUT_MS,
        );
        waiter = () => {
          if (cursor < seq) return;
          clearTimeout(timer);
          waiter = null;
          resolve();
        };
        waiter();
      });
    const intake = async (n: number): Promise<number> => {
      const response = await fetch(`${first.url}/v1/tickets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${first.tokens.admin}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          subject: `Event ${n}`,
          customer: { id: `e${n}`, name: 'Bench' },
          channel: 'api',
          text: 'Hi',
        }),
      });
      if (!response.ok) throw new Error(`intake: HTTP ${response.status} ${await response.text()}`);
      return ((await response.json()) as { ticket: { seq: number } }).ticket.seq;
    };
    // The stream is live once the first change has come through it.
    await reaches(await intake(0));
    const times: number[] = [];
    for (let n = 1; n <= changes; n++) {
      const t = performance.now();
      await reaches(await intake(n));
      times.push(performance.now() - t);
    }
    return latencyFigures(times);
  } finally {
    await stream?.stop();
    for (const queue of started) await queue.process.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
