import { describe, expect, it } from 'vitest';
import { Disposables } from '../../../lib/disposables.js';

describe('Disposables', () => {
  it('stops everything in reverse order, waiting for each stop', async () => {
    const stopped: string[] = [];
    const running = new Disposables();
    running.add('queue', () => {
      stopped.push('queue');
    });
    running.add('sync engine', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      stopped.push('sync engine');
    });
    running.add('host', () => {
      stopped.push('host');
    });
    await running.stopAll();
    expect(stopped).toEqual(['host', 'sync engine', 'queue']);
  });

  it('stops the rest when one stop fails, then throws naming every failure', async () => {
    const stopped: string[] = [];
    const running = new Disposables();
    running.add('queue', () => {
      stopped.push('queue');
    });
    running.add('autopilot', () => Promise.reject(new Error('it would not exit')));
    running.add('sync engine', () => {
      stopped.push('sync engine');
    });
    running.add('local cache', () => {
      throw new Error('the file is locked');
    });
    const failure = await running.stopAll().then(
      () => null,
      (error: unknown) => error,
    );
    expect(stopped).toEqual(['sync engine', 'queue']);
    expect(failure).toBeInstanceOf(AggregateError);
    expect((failure as AggregateError).message).toBe(
      'Could not stop the local cache (the file is locked), the autopilot (it would not exit).',
    );
    expect((failure as AggregateError).errors.map((error: Error) => error.message)).toEqual([
      'the file is locked',
      'it would not exit',
    ]);
  });

  it('stops each thing once: a second stopAll stops only what was added since', async () => {
    const stopped: string[] = [];
    const running = new Disposables();
    running.add('first', () => {
      stopped.push('first');
    });
    await running.stopAll();
    running.add('second', () => {
      stopped.push('second');
    });
    await running.stopAll();
    expect(stopped).toEqual(['first', 'second']);
  });
});
