import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConsoleStores, wireConsole, type ConsoleCore } from '../../electron/core/console-core.js';
import { openLocalDatabase } from '../../electron/core/store/local-database.js';
import { ChainVerifier, type ChainVerdict } from '../../server/audit/verify-chain.js';
import { hashToken, issueToken } from '../../server/auth/tokens.js';
import type { QueueStore } from '../../server/storage/queue-store.js';
import type { TicketWithMessages } from '../../shared/api/queue-contract.js';
import { intakeBody, type TestQueue } from '../helpers/queue-server.js';
import { queueEngines } from '../integration/queue/engines.js';
import { formatFuzzReport } from './fuzz/fuzz-report.js';
import { FuzzWorld } from './fuzz/fuzz-world.js';
import { runFuzz, type FailedRequest, type FuzzOutcome } from './fuzz/fuzz-run.js';
import { fuzzSeed } from './fuzz/prng.js';

/**
 * Fuzz: generated hostile requests (lone surrogates as \u escapes and as raw bytes, NUL, 1e400 and -0 as
 * text, nesting thousands of levels deep, wrong types, over-long strings, missing and extra fields, valid
 * requests with fields turned hostile, malformed JSON, wrong content types, hostile paths and queries) to
 * every endpoint of ENDPOINTS and to unknown routes, as every role, without a token, with another tenant's
 * token, with a garbage token and with the metrics token, against the real queue on each store (its rate
 * limits on). Legitimate tickets arrive meanwhile and a real console syncs before, during and after.
 * No request may be answered with a 5xx or not at all; no answer may show another tenant's ticket, let a
 * role past the role table, serve metrics without the metrics token or leave an error undocumented.
 * Afterwards the queue must be healthy, its audit chain must verify, and that console and a fresh one must
 * sync, see every legitimate ticket and deliver a reply.
 *
 * SWITCHBOARD_FUZZ_REQUESTS sets the count per store (default 5,000), SWITCHBOARD_FUZZ_SEED replays a run
 * (with SWITCHBOARD_FUZZ_CONCURRENCY=1 in exactly the same order), e.g.
 *   SWITCHBOARD_FUZZ_REQUESTS=500 npx vitest run --project load test/load/hostile-requests.test.ts
 */
const REQUESTS = Number(process.env.SWITCHBOARD_FUZZ_REQUESTS ?? 5_000);
const SEED = fuzzSeed(process.env.SWITCHBOARD_FUZZ_SEED);
/** Requests in flight; 1 sends a seed's requests strictly in order (answers then come back in the same order too). */
const CONCURRENCY = Number(process.env.SWITCHBOARD_FUZZ_CONCURRENCY ?? 6);
const REQUEST_TIMEOUT_MS = 10_000;
/** A legitimate ticket arrives after every this many hostile requests. */
const LEGIT_TICKET_EVERY = 200;
/** The console synced before the run syncs again after every this many. */
const CONSOLE_SYNC_EVERY = 1_500;
const AUDIT_PAGE = 5000;
const SHOWN_FAILURES = 20;

const { engines, stop } = await queueEngines();
afterAll(stop);

/**
 * What `npm run audit -- verify` does: every audit page through ChainVerifier, then the head the store keeps;
 * and each record's actor ("name (role)") with its count.
 */
async function verifyAuditChain(store: QueueStore): Promise<{ verdict: ChainVerdict; actors: Map<string, number> }> {
  const verifier = new ChainVerifier();
  const actors = new Map<string, number>();
  let after = 0;
  for (;;) {
    const page = await store.auditPage(after, AUDIT_PAGE);
    for (const record of page) {
      verifier.check(record);
      const actor = `${record.actorName} (${record.actorRole})`;
      actors.set(actor, (actors.get(actor) ?? 0) + 1);
    }
    const last = page.at(-1);
    if (page.length < AUDIT_PAGE || !last) break;
    after = last.seq;
  }
  return { verdict: verifier.finish(await store.auditHead()), actors };
}

/** The failures as a person reads them: how many, then the first few with their requests. */
function listFailures(failures: readonly FailedRequest[]): string {
  if (failures.length === 0) return '';
  const shown = failures
    .slice(0, SHOWN_FAILURES)
    .map((failure, index) => `${index + 1}. ${failure.request}\n   -> ${failure.answer}`);
  return [
    `${failures.length} request(s), seed ${SEED}:`,
    ...shown,
    ...(failures.length > SHOWN_FAILURES ? [`… and ${failures.length - SHOWN_FAILURES} more`] : []),
  ].join('\n');
}

for (const engine of engines) {
  describe(`${REQUESTS} generated hostile requests to every endpoint as every identity (${engine.name}, seed ${SEED})`, () => {
    let queue: TestQueue;
    let outcome: FuzzOutcome;
    let consoleToken: string;
    /** Every token the run used, for the audit trail's actors. */
    const tokensUsed: string[] = [];
    const consoles: ConsoleCore[] = [];
    let synced: ConsoleCore;
    const legitTickets: string[] = [];
    const midRunProblems: string[] = [];

    function openConsole(name: string): ConsoleCore {
      const parts = wireConsole(openConsoleStores(openLocalDatabase(join(queue.dir, `${name}.sqlite`))), {
        queueUrl: queue.url,
        token: consoleToken,
        agentName: 'Ana',
        newClientId: () => `console-${name}-${randomUUID()}`,
        queueTimeoutMs: 30_000,
        pollIntervalMs: 3_600_000,
      });
      consoles.push(parts);
      return parts;
    }

    async function postLegitTicket(): Promise<string> {
      const answer = await queue.call<TicketWithMessages>('POST', '/v1/tickets', {
        body: intakeBody({ subject: `Legitimate #${legitTickets.length + 1}` }),
      });
      if (answer.status !== 201)
        throw new Error(`A legitimate ticket was answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      legitTickets.push(answer.body.ticket.id);
      return answer.body.ticket.id;
    }

    beforeAll(async () => {
      const metricsToken = `fuzz-metrics-${randomUUID()}`;
      // The queue's own rate limits stay on (their defaults are far above this run's pace; a 429 would show in the counts).
      queue = await engine.start({ app: { metricsToken } });
      const otherTenant = await queue.addTenant('acme');
      const issued = issueToken('agent', 'Ana (console)');
      await queue.store.addTokens(queue.tenantId, [issued.record]);
      consoleToken = issued.plaintext;
      tokensUsed.push(...Object.values(queue.tokens), ...Object.values(otherTenant), consoleToken);

      // A console in use before the attack: it synced, and its client id is in the ticket history for anyone to read.
      synced = openConsole('synced');
      const first = await postLegitTicket();
      for (let i = 0; i < 2; i++) await postLegitTicket();
      expect((await synced.sync.syncNow()).ok).toBe(true);
      expect(
        (await synced.service.sendReply({ ticketId: first, text: 'We are looking into it.', resolve: false })).ok,
      ).toBe(true);
      expect((await synced.sync.syncNow()).ok).toBe(true);

      const world = new FuzzWorld([synced.clientId]);
      for (const id of legitTickets) world.addTicket(id, 'tenant');
      outcome = await runFuzz({
        url: queue.url,
        requests: REQUESTS,
        seed: SEED,
        tokens: { tenant: queue.tokens, otherTenant, metrics: metricsToken },
        world,
        concurrency: CONCURRENCY,
        timeoutMs: REQUEST_TIMEOUT_MS,
        between: {
          every: LEGIT_TICKET_EVERY,
          run: async (sent) => {
            try {
              world.addTicket(await postLegitTicket(), 'tenant');
              if (sent % CONSOLE_SYNC_EVERY === 0) {
                const result = await synced.sync.syncNow();
                if (!result.ok)
                  midRunProblems.push(`after ${sent} requests the console could not sync: ${result.error.message}`);
              }
            } catch (error) {
              midRunProblems.push(`after ${sent} requests: ${error instanceof Error ? error.message : String(error)}`);
            }
          },
        },
      });
      console.log(formatFuzzReport(engine.name, outcome));
    }, 900_000);

    afterAll(async () => {
      for (const parts of consoles) {
        await parts.sync.stop();
        parts.db.close();
      }
      await queue?.close();
    });

    it('answers every request, and none with a 5xx', () => {
      expect(outcome.requests).toBe(REQUESTS);
      expect(listFailures(outcome.serverErrors), 'answered with a 5xx').toBe('');
      expect(listFailures(outcome.noAnswer), 'not answered').toBe('');
    });

    it('keeps its promises meanwhile: no other tenant ticket shown, no role past the role table, every error in the documented format', () => {
      expect(listFailures(outcome.violations)).toBe('');
    });

    it('is still up: /healthz answers 200', async () => {
      const health = await queue.call<{ ok: boolean }>('GET', '/healthz', { token: null });
      expect(health.status).toBe(200);
      expect(health.body.ok).toBe(true);
    });

    it('keeps an audit chain that verifies (npm run audit -- verify), every record naming the token that acted', async () => {
      const { verdict, actors } = await verifyAuditChain(queue.store);
      const problems = verdict.ok
        ? []
        : verdict.problems.map((problem) => `${problem.kind} at record ${problem.seq}: ${problem.message}`);
      expect(verdict.ok ? 'OK' : `${verdict.problemCount} problem(s):\n${problems.join('\n')}`).toBe('OK');
      expect(verdict.records).toBeGreaterThanOrEqual(legitTickets.length);
      // The actor is the authenticated token, never a name the client sent (agentName, reviewerName...).
      const issued = await Promise.all(
        tokensUsed.map((token) => queue.store.identity.authenticate('api_token', hashToken(token), new Date())),
      );
      const tokenActors = new Set(
        issued.map((found) => (found.ok ? `${found.caller.name} (${found.caller.role})` : found.reason)),
      );
      expect([...actors.keys()].filter((actor) => !tokenActors.has(actor))).toEqual([]);
    });

    it('keeps every console syncing: the one synced before and a fresh one see every legitimate ticket, and a reply still arrives', async () => {
      expect(midRunProblems).toEqual([]);
      const control = await postLegitTicket();
      const fresh = openConsole('fresh');
      for (const parts of [synced, fresh]) {
        const result = await parts.sync.syncNow();
        expect(result.ok ? 'synced' : result.error.message).toBe('synced');
        expect(legitTickets.filter((id) => parts.cache.getTicket(id) === null)).toEqual([]);
      }
      // The console's client id was attacked (pushes under it with huge mutation ids): its next reply must still land.
      const reply = `Reply after ${REQUESTS} hostile requests.`;
      expect((await synced.service.sendReply({ ticketId: control, text: reply, resolve: false })).ok).toBe(true);
      expect((await synced.sync.syncNow()).ok).toBe(true);
      expect(synced.cache.listUnsent()).toEqual([]);
      const stored = await queue.call<TicketWithMessages>('GET', `/v1/tickets/${control}`);
      expect(stored.body.messages.map((message) => message.text)).toContain(reply);
      expect((await fresh.sync.syncNow()).ok).toBe(true);
      expect(fresh.cache.listMessages(control).map((message) => message.text)).toContain(reply);
      // The queue stored nothing a console cannot read (a console skips such a record, logs it and counts it).
      for (const parts of [synced, fresh])
        expect(parts.sync.current.skippedRecords, 'feed records a console could not read').toBe(0);
    });
  });
}
