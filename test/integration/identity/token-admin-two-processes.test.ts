import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiTokensSchema, IssuedApiTokenSchema, UsersSchema } from '../../../shared/api/identity-contract.js';
import { startQueueProcess, type QueueProcess } from '../../helpers/queue-process.js';
import { runTokenCommand } from '../../../server/token-commands.js';
import { runUserCommand } from '../../../server/user-commands.js';
import { runToExit } from '../../helpers/run-to-exit.js';
import { tempDirForEachTest } from '../../helpers/temp-dir.js';
import { startTestPostgres } from '../queue/test-postgres.js';

/**
 * Issue 18's must-show: token list, rotate and revoke from the CLI and the API, with two queue processes sharing one
 * SQLite file and one PostgreSQL database. What one process (or the CLI) changes, the other honours from its next
 * request on: authentication reads the database on every request, no process caches a credential.
 */
const postgres = await startTestPostgres();
afterAll(async () => {
  if (postgres.ok) await postgres.pg.stop();
});

const databases: { name: string; open(dir: string): Promise<{ db: string; drop(): Promise<void> }> }[] = [
  { name: 'sqlite', open: async (dir) => ({ db: join(dir, 'shared.sqlite'), drop: async () => undefined }) },
];
if (postgres.ok) {
  const server = postgres.pg;
  databases.push({
    name: 'postgres',
    open: async () => server.createDatabase().then(({ url, drop }) => ({ db: url, drop })),
  });
}

interface Answer {
  status: number;
  body: unknown;
  reason: string | undefined;
}

async function call(queue: QueueProcess, token: string, method: string, path: string, body?: unknown): Promise<Answer> {
  const response = await fetch(`${queue.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed: unknown = text === '' ? null : JSON.parse(text);
  const reason = (parsed as { error?: { details?: { reason?: string } } } | null)?.error?.details?.reason;
  return { status: response.status, body: parsed, reason };
}

/** Whether a secret opens each of the two processes (200 on whoami), and the 401's reason where it does not. */
async function onBoth(queues: readonly QueueProcess[], secret: string): Promise<string[]> {
  return Promise.all(
    queues.map(async (queue) => {
      const answer = await call(queue, secret, 'GET', '/v1/whoami');
      return answer.status === 200 ? 'ok' : `${answer.status} ${answer.reason ?? ''}`.trim();
    }),
  );
}

for (const database of databases) {
  describe(`API tokens and users with two queue processes on one database (${database.name})`, () => {
    const dir = tempDirForEachTest('switchboard-two-queues-');

    // Two queue processes start from their bundles or sources (about 25 s on a loaded two-core machine), hence the time.
    it('a token made, rotated or revoked by the CLI or through either process is honoured by both from the next request on', async () => {
      const { db, drop } = await database.open(dir());
      const processes: QueueProcess[] = [];
      let tenantId = '';
      /**
       * The CLI's commands run in this test's process (the functions server/cli.ts calls, opening the database on
       * their own like a third process); the first one goes through the real `npm run queue` entry point.
       */
      const cli = async (...args: string[]): Promise<{ stdout: string; stderr: string }> => {
        const stdout: string[] = [];
        const stderr: string[] = [];
        const argv = [...args, '--db', db, '--tenant', tenantId];
        if (args[0] === 'token')
          await runTokenCommand(
            argv,
            (line) => stdout.push(line),
            (line) => stderr.push(line),
          );
        else await runUserCommand(argv, (line) => stdout.push(line));
        return { stdout: stdout.join('\n'), stderr: stderr.join('\n') };
      };
      try {
        const tokensFile = join(dir(), 'tokens.json');
        processes.push(await startQueueProcess(db, tokensFile, ['--no-channels']));
        processes.push(await startQueueProcess(db, tokensFile, ['--no-channels']));
        const [a, b] = processes as [QueueProcess, QueueProcess];
        const admin = a.tokens.admin;
        tenantId = await tenantOf(a, admin);

        // `npm run queue -- token create` makes a machine token: both processes take it.
        const created = await runToExit('server/cli.ts', [
          ...['token', 'create', '--role', 'autopilot', '--name', 'Nightly export', '--expires-days', '7'],
          ...['--db', db, '--tenant', tenantId],
        ]);
        expect(created.code, created.stderr).toBe(0);
        const cliSecret = created.stdout.trim();
        expect(cliSecret).toMatch(/^sbq_\S+$/);
        expect(created.stderr).toMatch(/Token tok_\S+ "Nightly export" \(autopilot, expires \d{4}-/);
        expect(await onBoth(processes, cliSecret)).toEqual(['ok', 'ok']);
        const tokenId = /Token (tok_\S+)/.exec(created.stderr)?.[1] ?? '';

        // Process B lists it with its last use; B rotates it: the CLI's secret is refused by A at once, the new one taken.
        const listed = ApiTokensSchema.parse((await call(b, admin, 'GET', '/v1/tokens')).body).tokens;
        expect(listed.find((token) => token.id === tokenId)).toMatchObject({
          name: 'Nightly export',
          role: 'autopilot',
          userId: null,
          lastUsedAt: expect.any(String),
          expiresAt: expect.any(String),
          revokedAt: null,
        });
        const rotatedByApi = IssuedApiTokenSchema.parse(
          (await call(b, admin, 'POST', `/v1/tokens/${tokenId}/rotate`)).body,
        );
        expect(await onBoth(processes, cliSecret)).toEqual([
          expect.stringMatching(/^401/),
          expect.stringMatching(/^401/),
        ]);
        expect(await onBoth(processes, rotatedByApi.secret)).toEqual(['ok', 'ok']);

        // The CLI lists it (scope, user, last used, expiry, rotated) and rotates it again: the API's secret stops.
        const lines = (await cli('token', 'list')).stdout.trim().split('\n');
        expect(lines[0]).toMatch(/^ID\s+SCOPE\s+USER\s+CREATED\s+LAST USED\s+EXPIRES\s+STATUS\s+NAME$/);
        const line = lines.find((candidate) => candidate.startsWith(tokenId)) ?? '';
        expect(line.split(/\s{2,}/)).toEqual([
          tokenId,
          'autopilot',
          'machine',
          expect.stringMatching(/^\d{4}-/),
          expect.stringMatching(/^\d{4}-/),
          expect.stringMatching(/^\d{4}-/),
          expect.stringMatching(/^active \(rotated \d{4}-/),
          'Nightly export',
        ]);
        expect(lines.join('\n')).not.toContain(rotatedByApi.secret);
        const rotatedByCli = (await cli('token', 'rotate', '--id', tokenId)).stdout.trim();
        expect(await onBoth(processes, rotatedByApi.secret)).toEqual([
          expect.stringMatching(/^401/),
          expect.stringMatching(/^401/),
        ]);
        expect(await onBoth(processes, rotatedByCli)).toEqual(['ok', 'ok']);

        // Revoked through A: B refuses it with the reason; revoked by the CLI: both refuse a token B made.
        expect((await call(a, admin, 'DELETE', `/v1/tokens/${tokenId}`)).status).toBe(200);
        expect(await onBoth(processes, rotatedByCli)).toEqual(['401 token_revoked', '401 token_revoked']);
        const madeByB = IssuedApiTokenSchema.parse(
          (await call(b, admin, 'POST', '/v1/tokens', { name: 'Chat bridge', role: 'agent', expiresInDays: null }))
            .body,
        );
        expect(await onBoth(processes, madeByB.secret)).toEqual(['ok', 'ok']);
        const revoked = await cli('token', 'revoke', '--id', madeByB.token.id);
        expect(revoked.stdout).toContain(`Revoked token ${madeByB.token.id}`);
        expect(await onBoth(processes, madeByB.secret)).toEqual(['401 token_revoked', '401 token_revoked']);
        await expect(cli('token', 'revoke', '--id', madeByB.token.id)).rejects.toThrow(/no live API token/);

        // Users from the CLI are the users either process answers at once.
        const passwordFile = join(dir(), 'password.txt');
        writeFileSync(passwordFile, 'a long enough password\n', { mode: 0o600 });
        await cli(
          'user',
          'add',
          '--email',
          'Kim@Example.com',
          '--name',
          'Kim',
          '--role',
          'agent',
          '--queues',
          'payments',
          '--password-file',
          passwordFile,
        );
        await cli('user', 'update', '--email', 'kim@example.com', '--role', 'lead', '--language', 'de');
        const kimOnB = UsersSchema.parse((await call(b, admin, 'GET', '/v1/users')).body).users.find(
          (user) => user.email === 'kim@example.com',
        );
        expect(kimOnB).toMatchObject({
          name: 'Kim',
          role: 'lead',
          language: 'de',
          queues: ['payments'],
          hasPassword: true,
        });
        await cli('user', 'disable', '--email', 'kim@example.com');
        const kimOnA = UsersSchema.parse((await call(a, admin, 'GET', '/v1/users')).body).users.find(
          (user) => user.email === 'kim@example.com',
        );
        expect(kimOnA?.disabledAt).toEqual(expect.any(String));
        const listedUsers = (await cli('user', 'list')).stdout;
        expect(listedUsers).toMatch(/kim@example\.com\s+lead\s+disabled \d{4}-\S+\s+password\s+never\s+Kim/);
        expect(listedUsers).not.toContain('scrypt');
      } finally {
        await Promise.all(processes.map((queue) => queue.process.stop()));
        await drop();
      }
    }, 180_000);
  });
}

async function tenantOf(queue: QueueProcess, token: string): Promise<string> {
  const whoami = (await call(queue, token, 'GET', '/v1/whoami')).body as { tenantId: string };
  return whoami.tenantId;
}
