import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { parseAutopilotProgress } from '../../../autopilot/autopilot-progress.js';
import { startAutopilotProcess } from '../../../autopilot/autopilot-process.js';
import type { ChildService } from '../../../lib/child-service.js';
import { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { REPO_ROOT, waitFor } from '../../helpers/child-process.js';
import { decidedTicket } from '../../helpers/queue-decisions.js';
import { startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { articleOf, saveSetting } from '../../helpers/queue-tenant-settings.js';
import { TEST_MODEL_CACHE } from '../../helpers/switchboard-stack.js';

/** A phrase of the payments demo's German training data for card_arrival: the classifier is sure of it. */
const GERMAN_QUESTION = 'Meine Karte ist immer noch nicht angekommen, was soll ich tun?';
/** The German version as the lead writes it (Markdown), and as the AI sends it to the customer: plain text. */
const GERMAN_ARTICLE =
  'Ihre neue Karte ist **unterwegs**: Sie kommt innerhalb von *5 Werktagen*.\n\nDen Stand sehen Sie in der App unter [Karten](https://example.test/karten).';
const GERMAN_ANSWER =
  'Ihre neue Karte ist unterwegs: Sie kommt innerhalb von 5 Werktagen.\n\nDen Stand sehen Sie in der App unter Karten (https://example.test/karten).';
const ENGLISH_ANSWER = 'Your new card is on its way and arrives within 5 business days; see Cards in the app.';

/**
 * The autopilot as its own process (autopilot/cli.ts, as a console starts it) against a real queue on 127.0.0.1:
 * it takes its tenant from its token, and an article published through the queue's settings API is what the AI
 * answers with from the next ticket on, without a restart; set back to draft, it answers no more.
 */
describe('an autopilot process answers from the articles the queue holds, following changes without a restart', () => {
  let queue: TestQueue;
  let autopilot: ChildService | null = null;
  const lines: string[] = [];

  beforeAll(async () => {
    queue = await startTestQueue();
    const admin = new QueueClient({ baseUrl: queue.url, token: queue.tokens.admin });
    await saveSetting(admin, 'profile', 'profile', {
      name: 'Article test tenant',
      languages: ['en', 'de'],
      resolveThreshold: 0.5,
    });
    await saveSetting(admin, 'queue', 'general', { name: 'General' });
    // The knowledge base speaks German already, but not about card arrival.
    await saveSetting(
      admin,
      'article',
      'change-pin',
      articleOf('change_pin', {
        en: 'You can change your PIN in the app under Cards > PIN.',
        de: 'Ihre PIN ändern Sie in der App unter Karten > PIN.',
      }),
    );
    // No --tenant: the autopilot asks the queue whose token it holds.
    autopilot = await startAutopilotProcess({
      appRoot: REPO_ROOT,
      queueUrl: queue.url,
      token: queue.tokens.autopilot,
      cacheDir: TEST_MODEL_CACHE,
      log: (line) => lines.push(line),
      onLine: (line) => lines.push(line),
    });
    await waitFor(
      async () => lines.some((line) => parseAutopilotProgress(line)?.kind === 'ready'),
      240_000,
      `the autopilot's intent model; it printed:\n${lines.slice(-10).join('\n')}`,
    );
  }, 300_000);
  afterAll(async () => {
    await autopilot?.stop();
    await queue?.close();
  });

  const admin = () => new QueueClient({ baseUrl: queue.url, token: queue.tokens.admin });
  const decided = (text: string) =>
    decidedTicket(admin(), text, `; the autopilot printed:\n${lines.slice(-10).join('\n')}`);
  const aiReply = (decision: TicketWithMessages) =>
    decision.messages.filter((message) => message.author === 'ai').at(-1)?.text;

  it('escalates an intent no article answers, answers it in German once an article is published, and stops when it is a draft again', async () => {
    const pid = autopilot?.child.pid;
    expect(lines.join('\n')).toMatch(
      /Configuration in force: escalation rules version 0 \(none saved: one catch-all\)/,
    );

    const before = await decided(GERMAN_QUESTION);
    expect(before.ticket).toMatchObject({
      status: 'escalated',
      intent: 'card_arrival',
      language: 'de',
      ownerQueue: 'general',
      escalation: { code: 'no_answer', ruleId: 'catch-all' },
    });

    const article = await saveSetting(
      admin(),
      'article',
      'card-arrival',
      articleOf('card_arrival', { en: ENGLISH_ANSWER, de: GERMAN_ARTICLE }),
    );
    const answered = await decided(GERMAN_QUESTION);
    expect(answered.ticket).toMatchObject({ status: 'ai_resolved', intent: 'card_arrival', language: 'de' });
    expect(aiReply(answered)).toBe(GERMAN_ANSWER);

    await saveSetting(
      admin(),
      'article',
      'card-arrival',
      articleOf('card_arrival', { en: ENGLISH_ANSWER, de: GERMAN_ARTICLE }, 'draft'),
      article.version,
    );
    const drafted = await decided(GERMAN_QUESTION);
    expect(drafted.ticket).toMatchObject({ status: 'escalated', escalation: { code: 'no_answer' } });
    expect(aiReply(drafted)).toBeUndefined();

    // The same process all along.
    expect(autopilot?.child.pid).toBe(pid);
    expect(autopilot?.child.exitCode).toBeNull();
  }, 120_000);

  it('starts for a tenant of its token that has no intent training data, and decides without a classifier', async () => {
    const tokens = await queue.addTenant('no-training-data');
    const tenantAdmin = new QueueClient({ baseUrl: queue.url, token: tokens.admin });
    await saveSetting(tenantAdmin, 'queue', 'front-desk', { name: 'Front desk' });
    const own: string[] = [];
    const second = await startAutopilotProcess({
      appRoot: REPO_ROOT,
      queueUrl: queue.url,
      token: tokens.autopilot,
      cacheDir: TEST_MODEL_CACHE,
      onLine: (line) => own.push(line),
    });
    try {
      expect(own.join('\n')).toMatch(/Tenant "no-training-data" has no intent training data/);
      const human = await decidedTicket(tenantAdmin, 'I want to speak to a human, please.');
      expect(human.ticket).toMatchObject({
        tenantId: 'no-training-data',
        status: 'escalated',
        ownerQueue: 'front-desk',
        escalation: { code: 'human_requested', ruleId: 'catch-all' },
      });
      const plain = await decidedTicket(tenantAdmin, GERMAN_QUESTION);
      expect(plain.ticket).toMatchObject({ status: 'escalated', intent: null, escalation: { code: 'no_answer' } });
      expect(plain.ticket.escalation?.detail).toMatch(/no intent training data/);
    } finally {
      await second.stop();
    }
  }, 120_000);
});
