import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SIGNED_OUT_EVENT } from '../../../shared/api/identity-contract.js';
import { issueToken } from '../../../server/auth/tokens.js';
import { newApiTokenId, newUserId } from '../../../server/domain/ids.js';
import { openQueueStore } from '../../../server/storage/open-store.js';
import type { QueueStore } from '../../../server/storage/queue-store.js';
import { STREAM_CREDENTIAL_CHECK_MS } from '../../../server/routes/credential-watch.js';
import { QueueTokensFileSchema } from '../../../lib/embedded-queue.js';
import { readJsonFile } from '../../../lib/json-file.js';
import { intakeBody } from '../../helpers/queue-server.js';
import { startQueueProcess, type QueueProcess } from '../../helpers/queue-process.js';
import { SseReader } from '../../helpers/sse-reader.js';
import { startTestPostgres } from './test-postgres.js';

/**
 * Offboarding's bound at the queue (issue 18): two queue processes on one database (a SQLite file, a PostgreSQL
 * database); an API token revoked and a user disabled by a writer sharing the database (as the CLI or another queue
 * process is) end the open event streams of that credential on BOTH processes within STREAM_CREDENTIAL_CHECK_MS (plus
 * the check's query), each with a last `signed_out` event naming the reason; another credential's stream stays open.
 */
const BOUND_MS = STREAM_CREDENTIAL_CHECK_MS + 1_000;
const ADMIN = { name: 'Test admin', role: 'admin' };

const postgres = await startTestPostgres();
afterAll(async () => {
  if (postgres.ok) await postgres.pg.stop();
});

const databases: { name: string; create(dir: string): Promise<{ db: string; drop(): Promise<void> }> }[] = [
  { name: 'sqlite', create: async (dir) => ({ db: join(dir, 'queue.sqlite'), drop: async () => undefined }) },
];
if (postgres.ok) {
  const server = postgres.pg;
  databases.push({
    name: 'postgres',
    create: async () => server.createDatabase().then(({ url, drop }) => ({ db: url, drop })),
  });
}

for (const database of databases) {
  describe(`open event streams end when their credential does (${database.name}, two queue processes)`, () => {
    it('a revoked token and a disabled user end their streams on both processes within the bound; others stay', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'switchboard-stream-sign-out-'));
      const { db, drop } = await database.create(dir);
      const queues: QueueProcess[] = [];
      const aborts: AbortController[] = [];
      let store: QueueStore | null = null;
      try {
        const tokensFile = join(dir, 'queue-tokens.json');
        // One after the other: the first creates the demo tenant and writes its tokens, the second reads them.
        for (let index = 0; index < 2; index++) queues.push(await startQueueProcess(db, tokensFile, ['--no-channels']));
        const [a, b] = queues as [QueueProcess, QueueProcess];
        const sharing: QueueStore = await openQueueStore(db);
        store = sharing;
        const { tenantId } = readJsonFile(tokensFile, QueueTokensFileSchema, 'queue tokens file');
        const machine = issueToken('autopilot', 'Stream watcher');
        const machineId = newApiTokenId();
        await sharing.addTokens(tenantId, [{ ...machine.record, id: machineId }]);
        const kim = await sharing.identity.createUser(
          {
            id: newUserId(),
            tenantId,
            email: 'kim@stream.test',
            name: 'Kim Agent',
            role: 'agent',
            queues: [],
            language: null,
            passwordHash: null,
            sso: null,
            now: new Date(),
          },
          ADMIN,
        );
        if (!kim.ok) throw new Error(`createUser refused: ${kim.code}`);
        const kimsToken = issueToken('agent', 'Kim console');
        await sharing.addTokens(tenantId, [{ ...kimsToken.record, userId: kim.user.id }]);

        const open = async (queue: QueueProcess, token: string): Promise<SseReader> => {
          const abort = new AbortController();
          aborts.push(abort);
          const response = await fetch(`${queue.url}/v1/events`, {
            headers: { authorization: `Bearer ${token}` },
            signal: abort.signal,
          });
          expect(response.status).toBe(200);
          if (!response.body) throw new Error('no body');
          const sse = new SseReader(response.body.getReader());
          await sse.nextChange(); // the stream is live: it sent the cursor
          return sse;
        };
        const machineOnA = await open(a, machine.plaintext);
        const machineOnB = await open(b, machine.plaintext);
        const kimOnB = await open(b, kimsToken.plaintext);
        const adminOnB = await open(b, b.tokens.admin);

        const signedOut = async (sse: SseReader, since: number) => {
          const last = await sse.nextEvent(BOUND_MS + 2_000);
          return { ...last, afterMs: Date.now() - since, ended: await sse.ends() };
        };

        const revokedAt = Date.now();
        expect(await sharing.identity.revokeApiToken(tenantId, machineId, new Date(), ADMIN)).not.toBeNull();
        const [onA, onB] = await Promise.all([signedOut(machineOnA, revokedAt), signedOut(machineOnB, revokedAt)]);

        const disabledAt = Date.now();
        const disabled = await sharing.identity.updateUser(
          { tenantId, userId: kim.user.id, baseVersion: 1, disabled: true, now: new Date() },
          ADMIN,
        );
        expect(disabled.ok).toBe(true);
        const kims = await signedOut(kimOnB, disabledAt);

        for (const [stream, reason] of [
          [onA, 'token_revoked'],
          [onB, 'token_revoked'],
          [kims, 'user_disabled'],
        ] as const) {
          expect(stream).toMatchObject({ event: SIGNED_OUT_EVENT, data: { reason }, ended: true });
          expect(stream.afterMs).toBeLessThan(BOUND_MS);
        }
        process.stdout.write(
          `stream sign-out (${database.name}): revoked token ended on A after ${onA.afterMs} ms, on B after ` +
            `${onB.afterMs} ms; disabled user's stream after ${kims.afterMs} ms (check every ${STREAM_CREDENTIAL_CHECK_MS} ms)\n`,
        );
        // The admin's stream on B is still open and still told about changes.
        const intake = await fetch(`${b.url}/v1/tickets`, {
          method: 'POST',
          headers: { authorization: `Bearer ${b.tokens.admin}`, 'content-type': 'application/json' },
          body: JSON.stringify(intakeBody()),
        });
        expect(intake.status).toBe(201);
        expect(await adminOnB.nextChange()).toBeGreaterThan(0);
      } finally {
        for (const abort of aborts) abort.abort();
        await store?.close();
        for (const queue of queues) await queue.process.stop();
        await drop();
        rmSync(dir, { recursive: true, force: true });
      }
    }, 120_000);
  });
}
