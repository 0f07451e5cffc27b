import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { startAutopilotProcess } from '../../../autopilot/autopilot-process.js';
import { readQueueLine, type QueueLine } from '../../../autopilot/queue-line.js';
import type { ChildService } from '../../../lib/child-service.js';
import { REPO_ROOT, waitFor } from '../../helpers/child-process.js';
import { intakeBody } from '../../helpers/queue-server.js';
import { testQueueForAllTests } from '../../helpers/test-queue-hooks.js';
import { TEST_MODEL_CACHE } from '../../helpers/switchboard-stack.js';

describe('reading the queue from the first line on stdin', () => {
  const feed = (...chunks: string[]) => {
    const input = new PassThrough();
    for (const chunk of chunks) input.write(chunk);
    return input;
  };

  it('takes the first line, even when it comes in pieces', async () => {
    const input = feed('{"queueUrl":"http://127.0.0.1:7400",', '"token":"sbq_x"}\nleft for later');
    expect(await readQueueLine(input)).toEqual({ queueUrl: 'http://127.0.0.1:7400', token: 'sbq_x' });
  });

  it('refuses a line that is not the queue, and input that ends first', async () => {
    await expect(readQueueLine(feed('sbq_token\n'))).rejects.toThrow('not the queue');
    await expect(readQueueLine(feed('{"queueUrl":"not a url","token":"t"}\n'))).rejects.toThrow('not the queue');
    const ended = feed('{"queueUrl":');
    ended.end();
    await expect(readQueueLine(ended)).rejects.toThrow('stdin ended before the queue was given');
  });
});

describe("a console's autopilot started before its queue is up", () => {
  const queue = testQueueForAllTests();

  it('loads meanwhile, gets the queue and its token on stdin (never on its command line) and claims tickets', async () => {
    let handOver!: (line: QueueLine) => void;
    const later = new Promise<QueueLine>((resolve) => (handOver = resolve));
    const lines: string[] = [];
    const starting = startAutopilotProcess({
      queue: later,
      appRoot: REPO_ROOT,
      cacheDir: TEST_MODEL_CACHE,
      tenantId: 'payments',
      onLine: (line) => lines.push(line),
    });
    let autopilot: ChildService | null = null;
    try {
      // The intent model loads before the queue is known (the console named the tenant); the engine itself waits
      // for the queue, which holds the tenant's settings and rules.
      await waitFor(
        async () => lines.some((line) => /^Intent model (trained|loaded)/.test(line)),
        120_000,
        'the intent model to load without a queue',
      );
      expect(lines.some((line) => line.startsWith('AI engine started'))).toBe(false);
      const { ticket } = (
        await queue.call<TicketWithMessages>('POST', '/v1/tickets', {
          body: intakeBody({ text: 'I want to speak to a human, now please.' }),
        })
      ).body;
      handOver({ queueUrl: queue.url, token: queue.tokens.autopilot });
      autopilot = await starting;
      expect(lines.some((line) => line.startsWith('AI engine started'))).toBe(true);
      const commandLine = readFileSync(`/proc/${autopilot.child.pid}/cmdline`, 'utf8');
      expect(commandLine).toContain('--queue-from-stdin');
      expect(commandLine).not.toContain(queue.tokens.autopilot);
      await waitFor(
        async () =>
          (await queue.call<TicketWithMessages>('GET', `/v1/tickets/${ticket.id}`, { token: queue.tokens.admin })).body
            .ticket.status !== 'new'
            ? true
            : null,
        60_000,
        'the autopilot to decide the ticket',
      );
    } finally {
      await (autopilot ?? (await starting.catch(() => null)))?.stop();
    }
  }, 240_000);
});
