/**
 * Learning a tenant from its history, end to end on a real queue (SQLite, HTTP on 127.0.0.1): people resolve tickets
 * with published single-intent articles, the autopilot's HistoryRetrainer reads the ticket feed, a child process
 * retrains the model, a not-worse model is adopted, a worse one is not, and an undo returns the previous model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryRetrainer } from '../../../autopilot/history-retrainer.js';
import { TenantConfigurationFollower } from '../../../autopilot/tenant-configuration-follower.js';
import type { IntentClassifier } from '../../../engine/intent-classifier.js';
import { isHeldOutTicket } from '../../../engine/model-adoption.js';
import { RetrainingReportSchema, retrainingReportFile } from '../../../engine/history-retraining.js';
import { readJsonFile } from '../../../lib/json-file.js';
import {
  INTENT_MODEL_RECORD_ID,
  IntentModelRecordSchema,
  undoneVersions,
  type IntentModelRecord,
} from '../../../shared/settings/intent-model-record.js';
import { queueClientFor } from '../../../lib/queue-connection.js';
import { MAX_MUTATIONS_PER_PUSH } from '../../../shared/api/mutations.js';
import { agentReply } from '../queue/builders.js';
import { intakeBody, startTestQueue, type RoleTokens, type TestQueue } from '../../helpers/queue-server.js';
import { tempDir } from '../../unit/ai/fixtures.js';
import { REPO_ROOT } from '../../unit/ai/fixtures.js';

/** The tickets of test/fixtures/ai/history-tickets.csv: 160 texts of 4 intents, written for the tests. */
const FIXTURE = parse(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'ai', 'history-tickets.csv'), 'utf8'), {
  columns: true,
}) as { instruction: string; intent: string }[];
const INTENTS = [...new Set(FIXTURE.map((row) => row.intent))].sort();
const articleText = (intent: string) =>
  `Thank you for writing. Here is how we handle ${intent.replace('_', ' ')} requests.`;
/** A mislabelling agent: each intent answered with the next intent's article. */
const wrongIntent = (intent: string) => INTENTS[(INTENTS.indexOf(intent) + 1) % INTENTS.length]!;
const TENANT = 'history-shop';

describe('learning a tenant from its history', { timeout: 240_000 }, () => {
  let queue: TestQueue;
  let tokens: RoleTokens;
  let nextMutation = 1;
  const used: (IntentClassifier | null)[] = [];
  const logs: string[] = [];
  let retrainer: HistoryRetrainer;
  let cacheDir: string;
  let follower: TenantConfigurationFollower;

  /** The tenant's model record as the queue keeps it, and its version. */
  function record(): { value: IntentModelRecord; version: number } {
    const entry = follower.configuration!.settings.intent_model.find((item) => item.id === INTENT_MODEL_RECORD_ID)!;
    return { value: IntentModelRecordSchema.parse(entry.value), version: entry.version };
  }

  /** Tickets from the fixture's texts (cycled from `offset`), each resolved by a person with an article. */
  async function resolvedHistory(
    count: number,
    offset: number,
    articleFor: (intent: string, ticketId: string) => string,
  ) {
    const rows = Array.from({ length: count }, (_, i) => FIXTURE[(offset + i) % FIXTURE.length]!);
    const intake = await queue.call<{ results: { ticketId: string }[] }>('POST', '/v1/tickets/batch', {
      token: tokens.admin,
      body: { tickets: rows.map((row) => intakeBody({ text: row.instruction, channel: 'api' })) },
    });
    expect(intake.status).toBe(200);
    const replies = intake.body.results.map(({ ticketId }, i) =>
      agentReply(nextMutation++, ticketId, { text: articleText(articleFor(rows[i]!.intent, ticketId)), resolve: true }),
    );
    for (let start = 0; start < replies.length; start += MAX_MUTATIONS_PER_PUSH)
      await queue.push('agent-console', replies.slice(start, start + MAX_MUTATIONS_PER_PUSH), tokens.agent);
  }

  async function retrainNow() {
    await retrainer.refresh();
    expect(retrainer.retraining).not.toBeNull();
    await retrainer.retraining;
  }

  beforeAll(async () => {
    queue = await startTestQueue();
    tokens = await queue.addTenant(TENANT);
    const admin = queueClientFor(queue.url, tokens.admin);
    for (const intent of INTENTS) {
      const saved = await admin.saveSetting('article', intent.replace('_', '-'), 0, {
        status: 'published',
        intents: [intent],
        versions: { en: { title: intent, body: articleText(intent) } },
      });
      expect(saved.ok).toBe(true);
    }
    const autopilotClient = queueClientFor(queue.url, tokens.autopilot);
    follower = new TenantConfigurationFollower({ source: autopilotClient, tenantId: TENANT });
    cacheDir = tempDir();
    retrainer = new HistoryRetrainer({
      queue: autopilotClient,
      settings: follower,
      tenantId: TENANT,
      appRoot: REPO_ROOT,
      cacheDir,
      baseModel: null, // this tenant has no training file
      use: (classifier) => used.push(classifier),
      log: (line) => logs.push(line),
      minHistoryForFirstModel: 150,
    });
  });

  afterAll(async () => {
    await queue?.close();
  });

  it('labels what people resolved with an article and adopts a first model that works, trained in a child', async () => {
    await resolvedHistory(FIXTURE.length, 0, (intent) => intent);
    await retrainNow();
    expect(retrainer.labelledTickets).toBe(FIXTURE.length);
    const { value } = record();
    const first = value.versions[0]!;
    expect(first).toMatchObject({ adopted: true, labelledTickets: 160, baseExamples: 0, previousFigures: null });
    const report = readJsonFile(retrainingReportFile(join(cacheDir, first.model)), RetrainingReportSchema, 'report');
    expect(report.trainedBy).not.toBe(process.pid); // a child process trained it
    expect(readdirSync(join(cacheDir, 'history'))).toEqual([]); // the customers' messages handed to it are gone
    expect(Object.keys(first.intents).sort()).toEqual(INTENTS);
    expect(first.figures.accuracy).toBeGreaterThan(0.8);
    expect(value.inUse).toBe(first.model);
    expect(used).toHaveLength(1);
    expect(used[0]!.predict('where is my parcel, it has not arrived')[0]!.intent).toBe('track_order');
  });

  it('adopts a retraining that is not worse, and keeps the model in use when a retraining is worse', async () => {
    await resolvedHistory(200, 7, (intent) => intent);
    await retrainNow();
    expect(record().value.versions.map((v) => v.adopted)).toEqual([true, true]);
    expect(used).toHaveLength(2);

    // An agent who answers every ticket with the wrong article (held-out tickets aside, so the check sees it).
    await resolvedHistory(240, 13, (intent, ticketId) => (isHeldOutTicket(ticketId) ? intent : wrongIntent(intent)));
    await retrainNow();
    const { value } = record();
    const worse = value.versions[2]!;
    expect(worse.adopted).toBe(false);
    expect(worse.verdict).toContain('worse accuracy');
    expect(worse.figures.accuracy).toBeLessThan(worse.previousFigures!.accuracy);
    expect(value.inUse).toBe(value.versions[1]!.model);
    expect(used).toHaveLength(2);
    expect(logs.some((line) => line.includes('not adopted, worse'))).toBe(true);
  });

  it("a lead's undo in the queue returns the autopilot to the previous model", async () => {
    const before = record();
    const undone = undoneVersions(before.value)!;
    const saved = await queueClientFor(queue.url, tokens.lead).saveSetting(
      'intent_model',
      INTENT_MODEL_RECORD_ID,
      before.version,
      undone,
    );
    expect(saved.ok).toBe(true);
    await retrainer.refresh();
    expect(retrainer.retraining).toBeNull(); // an undo is no new history
    expect(record().value.inUse).toBe(before.value.versions[0]!.model);
    expect(record().value.versions[1]!).toMatchObject({ adopted: false });
    expect(used).toHaveLength(3);
    expect(used[2]!.labels).toEqual(used[0]!.labels);
    expect(used[2]!.predict('cancel my order please')).toEqual(used[0]!.predict('cancel my order please'));
  });
});
