import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { TicketIntake, TicketWithMessages } from '../../shared/api/queue-contract.js';
import { intakeBody, startTestQueue, type TestQueue } from './queue-server.js';

/**
 * For a describe block (or file): a fresh test queue (`start`: SQLite in a temp dir unless said) before each test,
 * closed after it. The returned object stands for the queue of the running test (it forwards every property to
 * it), so a test writes `queue.call(...)`.
 */
export function testQueueForEachTest(start: () => Promise<TestQueue> = () => startTestQueue()): TestQueue {
  return queueAround(beforeEach, afterEach, start);
}

/** Like testQueueForEachTest, but one queue for all the tests of the block (started before them, closed after). */
export function testQueueForAllTests(start: () => Promise<TestQueue> = () => startTestQueue()): TestQueue {
  return queueAround(beforeAll, afterAll, start);
}

function queueAround(
  before: (hook: () => Promise<void>) => void,
  after: (hook: () => Promise<void>) => void,
  start: () => Promise<TestQueue>,
): TestQueue {
  let current: TestQueue | null = null;
  before(async () => {
    current = await start();
  });
  after(async () => {
    await current?.close();
    current = null;
  });
  return new Proxy({} as TestQueue, {
    get(_target, property) {
      if (!current) throw new Error('The test queue runs only inside a test.');
      return Reflect.get(current, property);
    },
  });
}

/** A customer writes in (intakeBody's defaults, `intake` overriding them); returns the new ticket's id. */
export async function postTicket(queue: TestQueue, intake: Partial<TicketIntake> = {}): Promise<string> {
  const created = await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body: intakeBody(intake) });
  if (created.status !== 201) throw new Error(`The intake was answered ${created.status}.`);
  return created.body.ticket.id;
}
