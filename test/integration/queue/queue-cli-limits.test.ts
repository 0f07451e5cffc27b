import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTsProcess } from '../../helpers/child-process.js';
import { QUEUE_ENTRY, runEntrySync } from '../../helpers/entry-command.js';
import { tempDirForAllTests } from '../../helpers/temp-dir.js';

/**
 * Findings 8 and 9 of issue 21 at the command line: `npm run queue` takes the metrics token from a file
 * (or SWITCHBOARD_METRICS_TOKEN, never from its arguments) and its rate limits and request timeout from flags.
 */
describe('queue command: metrics token and limits', () => {
  const dir = tempDirForAllTests('switchboard-cli-limits-');

  it('reads the metrics token from --metrics-token-file and applies --rate-limit-token', async () => {
    const metricsToken = 'a-metrics-token-from-a-file-0123456789';
    const tokenFile = join(dir(), 'metrics.token');
    writeFileSync(tokenFile, `${metricsToken}\n`, { mode: 0o600 });
    const tokensFile = join(dir(), 'tokens.json');
    const queue = startTsProcess(QUEUE_ENTRY, [
      '--db',
      join(dir(), 'q.sqlite'),
      '--port',
      '0',
      '--tokens-file',
      tokensFile,
      '--metrics-token-file',
      tokenFile,
      '--rate-limit-token',
      '3',
      '--request-timeout-ms',
      '5000',
    ]);
    try {
      const url = (await queue.waitForLine(/^Queue: (http:\/\/\S+)$/))[1] ?? '';
      const { tokens } = JSON.parse(readFileSync(tokensFile, 'utf8')) as { tokens: { agent: string; lead: string } };
      const get = (path: string, token: string) =>
        fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      expect((await get('/metrics', tokens.lead)).status).toBe(401);
      expect((await get('/metrics', metricsToken)).status).toBe(200);
      for (let i = 0; i < 3; i++) expect((await get('/v1/tickets', tokens.agent)).status).toBe(200);
      const limited = await get('/v1/tickets', tokens.agent);
      expect(limited.status).toBe(429);
      // Three a minute: one more every 20 s.
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(10);
      expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(20);
    } finally {
      await queue.stop();
    }
  });

  it('exits 2 with one line for a bad limit or a guessable metrics token', () => {
    const shortToken = join(dir(), 'short.token');
    writeFileSync(shortToken, 'secret\n');
    const runs = [
      { args: ['--rate-limit-tenant', 'lots'], env: {}, says: '--rate-limit-tenant' },
      { args: ['--metrics-token-file', shortToken], env: {}, says: 'at least 16 characters' },
      { args: [], env: { SWITCHBOARD_METRICS_TOKEN: 'short' }, says: 'SWITCHBOARD_METRICS_TOKEN' },
    ];
    for (const run of runs) {
      const result = runEntrySync(QUEUE_ENTRY, ['--db', join(dir(), 'bad.sqlite'), '--port', '0', ...run.args], {
        env: run.env,
      });
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(run.says);
    }
  }, 120_000);
});
