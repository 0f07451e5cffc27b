import { fail, type Result } from '../../../shared/result.js';

/**
 * A console method that only the queue can answer: `call` with the queue when the console has one (else
 * not_supported), and the queue out of reach said as `needs_network` with the method's own sentence of what waits
 * for the network (nothing is queued for later).
 */
export function askQueue<Q>(queue: Q | undefined) {
  return <T>(needsQueue: string, call: (queue: Q) => Promise<Result<T>>): Promise<Result<T>> =>
    queue ? call(queue).then((answer) => offlineSaid(answer, needsQueue)) : unsupported<T>();
}

function offlineSaid<T>(answer: Result<T>, sentence: string): Result<T> {
  return !answer.ok && answer.error.code === 'queue_unreachable' ? fail('needs_network', sentence) : answer;
}

function unsupported<T>(): Promise<Result<T>> {
  return Promise.resolve(fail('not_supported', 'This console has no queue to ask.'));
}
