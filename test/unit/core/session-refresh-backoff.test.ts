import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionCredential } from '../../../electron/core/identity/session-credential.js';
import { SessionManager } from '../../../electron/core/identity/session-manager.js';
import { sessionSecretFile } from '../../../electron/core/identity/session-secret-file.js';
import type { RememberedSession } from '../../../electron/core/identity/session-secret-store.js';
import { IdentityQueueClient } from '../../../lib/queue-client/identity-queue-client.js';
import { freePort } from '../../helpers/child-process.js';
import { tempDirForEachTest } from '../../helpers/temp-dir.js';

const dir = tempDirForEachTest('switchboard-session-backoff-');

/**
 * A console started offline from its remembered session (the real session file, a real queue client whose queue is
 * not listening) tries its refresh again with a growing wait: 5 s, 10 s, 20 s, 40 s, then a minute at most, never
 * every 5 s for as long as the queue is away.
 */
describe('the session refresh while the queue does not answer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits twice as long after each failure, at most a minute', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const remembered: RememberedSession = {
      queueUrl: url,
      tenantId: 'payments',
      refreshToken: 'rt_kept_from_last_run',
      refreshExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      via: 'password',
      user: {
        id: 'usr_ada_agent',
        tenantId: 'payments',
        email: 'ada@example.com',
        name: 'Ada Agent',
        role: 'agent',
        queues: [],
        language: null,
      },
    };
    const secrets = sessionSecretFile(join(dir(), 'session.json'));
    expect(secrets.write(JSON.stringify(remembered)).ok).toBe(true);
    const credential = new SessionCredential(null);
    const attempts: string[] = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const manager = new SessionManager({
      client: new IdentityQueueClient({ baseUrl: url, token: credential, timeoutMs: 2_000 }),
      credential,
      tenantId: () => 'payments',
      secrets,
      onChange: () => undefined,
      log: (line) => attempts.push(line),
      // The longest wait the jitter allows each time.
      random: () => 1,
    });
    /** Waits (real time, the fake clock standing still) until `count` refreshes have failed. */
    const failedAttempts = async (count: number) => {
      const deadline = performance.now() + 5_000;
      while (attempts.length < count && performance.now() < deadline)
        await new Promise((resolve) => setImmediate(resolve));
      expect(attempts).toHaveLength(count);
    };

    manager.start();
    expect(manager.state()).toMatchObject({ state: 'signed_in', user: { name: 'Ada Agent' } });
    await failedAttempts(1);
    const waits = [5_000, 10_000, 20_000, 40_000, 60_000, 60_000];
    for (const [n, waitMs] of waits.entries()) {
      expect(attempts[n]).toContain(`trying again in ${waitMs / 1000} s`);
      await vi.advanceTimersByTimeAsync(waitMs - 1);
      expect(attempts, JSON.stringify(attempts)).toHaveLength(n + 1);
      await vi.advanceTimersByTimeAsync(1);
      await failedAttempts(n + 2);
    }
    // Still the remembered person, offline: nothing was refused, so nothing signs the console out.
    expect(manager.state()).toMatchObject({ state: 'signed_in', user: { name: 'Ada Agent' } });
    manager.stop();
  });
});
