import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashToken, issueToken } from '../../../server/auth/tokens.js';
import { openQueueStore } from '../../../server/storage/open-store.js';
import { startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { runToExit } from '../../helpers/run-to-exit.js';
import { startTestPostgres } from './test-postgres.js';

/**
 * Finding 9 of issue 21: an operator could create tokens but neither see nor revoke them.
 * `npm run queue -- token list|revoke` against the database a running queue uses; a revoked token is
 * refused at its very next request.
 */
const postgres = await startTestPostgres();
afterAll(async () => {
  if (postgres.ok) await postgres.pg.stop();
});

interface Database {
  db: string;
  drop(): Promise<void>;
}
const databases: { name: string; create(dir: string): Promise<Database> }[] = [
  { name: 'sqlite', create: async (dir) => ({ db: join(dir, 'tokens-admin.sqlite'), drop: async () => undefined }) },
];
if (postgres.ok) {
  const server = postgres.pg;
  databases.push({
    name: 'postgres',
    create: async () => server.createDatabase().then(({ url, drop }) => ({ db: url, drop })),
  });
}

/** `npm run queue -- <args>` to its exit. */
const queueCli = (args: string[]) => runToExit('server/cli.ts', args);

for (const database of databases) {
  describe(`token list and revoke (${database.name})`, () => {
    it('lists name, role, created time and a fingerprint (never the token); a revoked token gets 401 at once, the others keep working', async () => {
      let db: Database | null = null;
      const queue: TestQueue = await startTestQueue({
        openStore: async (dir) => {
          db = await database.create(dir);
          return openQueueStore(db.db);
        },
        afterClose: async () => db?.drop(),
      });
      try {
        if (!db) throw new Error('the test queue did not open its database');
        const { db: location } = db as Database;
        const sam = issueToken('agent', 'Sam at the help desk');
        const kim = issueToken('agent', 'Kim');
        await queue.store.addTokens(queue.tenantId, [sam.record, kim.record]);
        const other = await queue.addTenant('acme');
        const asSam = () => queue.call('GET', '/v1/tickets', { token: sam.plaintext });
        expect((await asSam()).status).toBe(200);

        const listed = await queueCli(['token', 'list', '--db', location, '--tenant', queue.tenantId]);
        expect(listed.code, listed.stderr).toBe(0);
        const lines = listed.stdout.trim().split('\n');
        expect(lines[0]).toMatch(/FINGERPRINT\s+ROLE\s+CREATED\s+STATUS\s+NAME/);
        expect(lines).toHaveLength(1 + 4 + 2); // the header, the four role tokens of the test queue, Sam and Kim
        const samLine = lines.find((line) => line.endsWith('Sam at the help desk')) ?? '';
        const fingerprint = hashToken(sam.plaintext).slice(0, 12);
        expect(samLine.split(/\s{2,}/)).toEqual([
          fingerprint,
          'agent',
          expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          'active',
          'Sam at the help desk',
        ]);
        for (const token of [sam.plaintext, kim.plaintext, ...Object.values(queue.tokens), ...Object.values(other)]) {
          expect(listed.stdout).not.toContain(token);
          expect(listed.stdout).not.toContain(hashToken(token));
        }
        expect(listed.stdout).not.toContain(hashToken(other.admin).slice(0, 12));

        // Another tenant's fingerprint is unknown here; a fingerprint too short to be sure is refused.
        const elsewhere = await queueCli([
          'token',
          'revoke',
          '--db',
          location,
          '--tenant',
          'acme',
          '--fingerprint',
          fingerprint,
        ]);
        expect(elsewhere.code).toBe(2);
        expect(elsewhere.stderr).toContain('token list');
        expect((await asSam()).status).toBe(200);

        const revoked = await queueCli([
          'token',
          'revoke',
          '--db',
          location,
          '--tenant',
          queue.tenantId,
          '--fingerprint',
          fingerprint.slice(0, 8),
        ]);
        expect(revoked.code, revoked.stderr).toBe(0);
        expect(revoked.stdout).toContain('Sam at the help desk');
        const refused = await asSam();
        expect(refused.status).toBe(401);
        expect(refused.body).toMatchObject({ error: { code: 'unauthorized' } });
        expect((await queue.call('GET', '/v1/tickets', { token: kim.plaintext })).status).toBe(200);

        const after = await queueCli(['token', 'list', '--db', location, '--tenant', queue.tenantId]);
        const samAfter = after.stdout.split('\n').find((line) => line.endsWith('Sam at the help desk')) ?? '';
        expect(samAfter.split(/\s{2,}/)[3]).toMatch(/^revoked \d{4}-\d\d-\d\dT/);
      } finally {
        await queue.close();
      }
      // Four CLI runs, each compiling the sources with tsx.
    }, 180_000);
  });
}
