import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/child-process.js';
import { runEvalCli } from '../../helpers/eval-cli.js';
import {
  startScriptedOpenAiServer,
  type ScriptedOpenAiServer,
  type ScriptStep,
} from '../../helpers/scripted-openai-server.js';
import { decisionJson } from '../openai/fixtures.js';

const TASKS = join(REPO_ROOT, 'test', 'fixtures', 'evals', 'tau-tasks.json');

/** A cancellation conversation: the customer asks, the agent looks and asks for a yes, gets it, and cancels. */
function scriptCancellation(
  server: ScriptedOpenAiServer,
  conversation: {
    email: string;
    orderId: string;
    request: string;
    lookups: ScriptStep[];
    question: string;
    yes: string;
  },
): void {
  const { email, orderId } = conversation;
  const decision = (reply: string): ScriptStep => ({ final: decisionJson({ reply, intent: 'cancel_order' }) });
  server.scriptFor('customer', { final: conversation.request });
  server.scriptFor(
    'agent',
    { tool: 'find_user_id_by_email', arguments: { email } },
    ...conversation.lookups,
    decision(conversation.question),
  );
  server.scriptFor('customer', { final: conversation.yes });
  server.scriptFor(
    'agent',
    { tool: 'find_user_id_by_email', arguments: { email } },
    { tool: 'cancel_pending_order', arguments: { order_id: orderId, reason: 'no longer needed' } },
    decision(`Your order ${orderId} is cancelled.`),
  );
  server.scriptFor('customer', { final: '###STOP###' });
}

/** Task 0 done right: authenticate, look, ask, and cancel with the customer's reason after the yes. */
function passingTask(server: ScriptedOpenAiServer): void {
  scriptCancellation(server, {
    email: 'aarav.davis1165@example.com',
    orderId: '#W2403075',
    request: 'Hi, please cancel my order #W2403075, I no longer need it.',
    lookups: [{ tool: 'get_order_details', arguments: { order_id: '#W2403075' } }],
    question:
      'I can cancel order #W2403075 (Electric Toothbrush) because you no longer need it. Shall I go ahead? Please answer yes or no.',
    yes: 'Yes, please go ahead.',
  });
}

/** Task 1 done wrong: the agent cancels with the wrong reason and never says what was paid. */
function failingTask(server: ScriptedOpenAiServer): void {
  scriptCancellation(server, {
    email: 'ava.nguyen1851@example.com',
    orderId: '#W8732376',
    request: 'I ordered #W8732376 by mistake, can you cancel it? And how much did I pay?',
    lookups: [],
    question: 'I can cancel order #W8732376. Shall I go ahead? Please answer yes or no.',
    yes: 'Yes, cancel it.',
  });
}

describe('npm run eval -- tau (τ-bench-style runner: the retail demo API through the OpenAPI tool layer, a scripted OpenAI-compatible server)', () => {
  let server: ScriptedOpenAiServer;
  beforeAll(async () => {
    // The simulated customer's requests carry no tools; the agent's always do.
    server = await startScriptedOpenAiServer({ routeOf: (body) => (body.tools?.length ? 'agent' : 'customer') });
  });
  afterAll(async () => {
    await server.close();
  });

  it('runs a task end to end (pass), reports a failing task with the reason, skips a task whose user is not in the data', async () => {
    server.reset();
    passingTask(server);
    failingTask(server);
    const r = await runEvalCli(
      ['tau', '--tasks', TASKS, '--openai-base-url', server.baseURL, '--openai-model', 'scripted-agent'],
      { OPENAI_API_KEY: 'sk-test' },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /task 0 \(aarav_davis_4756\) trial 1: PASS after 2 turns, customer_stopped, actions cancel_pending_order/,
    );
    expect(r.stdout).toMatch(
      /task 1 \(ava_nguyen_4072\) trial 1: FAIL after 2 turns, customer_stopped, actions cancel_pending_order/,
    );
    expect(r.stdout).toContain(
      '    database: order #W8732376: cancel_reason is "no longer needed", expected "ordered by mistake"',
    );
    expect(r.stdout).toContain('    the agent never told the customer "288.75"');
    expect(r.stdout).toMatch(
      /task 2 \(someone_not_in_the_demo_data_0000\): skipped, user .* is not in the retail data/,
    );
    expect(r.stdout).toMatch(/2 tasks ran, 1 skipped {3}pass\^1 = 50\.0% {3}pass\^1 = 50\.0%/);
    expect(server.remaining()).toBe(0);
    // The simulated customer was played from the task's instruction, by the same endpoint.
    const customerCalls = server.requests.filter((q) => !q.body.tools);
    expect(customerCalls).toHaveLength(6);
    expect(customerCalls[0]!.body.messages[0]!.content).toContain(
      'You want to cancel order #W2403075 because you no longer need it.',
    );
    expect(customerCalls[0]!.body.model).toBe('scripted-agent');
  }, 300_000);

  it('prints pass^1 and pass^k over k trials as JSON', async () => {
    server.reset();
    passingTask(server);
    passingTask(server);
    failingTask(server);
    failingTask(server);
    const r = await runEvalCli(
      [
        'tau',
        '--tasks',
        TASKS,
        '--task-ids',
        '0,1',
        '--k',
        '2',
        '--json',
        '--openai-base-url',
        server.baseURL,
        '--openai-model',
        'scripted-agent',
        '--user-model',
        'scripted-customer',
      ],
      { OPENAI_API_KEY: 'sk-test' },
    );
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as {
      passHat1: number;
      passHatK: number;
      k: number;
      ran: number;
      userModel: string;
      tasks: { trials: { passed: boolean; reasons: string[] }[] }[];
    };
    expect(report).toMatchObject({ k: 2, ran: 2, passHat1: 0.5, passHatK: 0.5, userModel: 'scripted-customer' });
    expect(report.tasks.map((t) => t.trials.map((x) => x.passed))).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(server.requests.filter((q) => !q.body.tools).every((q) => q.body.model === 'scripted-customer')).toBe(true);
  }, 300_000);

  it('--drift: the shop API answers an order total as text; the tool layer catches it and the ticket goes to a person', async () => {
    server.reset();
    server.scriptFor('customer', { final: 'Hi, please cancel my order #W2403075, I no longer need it.' });
    server.scriptFor(
      'agent',
      { tool: 'find_user_id_by_email', arguments: { email: 'aarav.davis1165@example.com' } },
      { tool: 'get_order_details', arguments: { order_id: '#W2403075' } },
    );
    const r = await runEvalCli(
      [
        'tau',
        '--tasks',
        TASKS,
        '--task-ids',
        '0',
        '--drift',
        '--openai-base-url',
        server.baseURL,
        '--openai-model',
        'm',
      ],
      { OPENAI_API_KEY: 'sk-test' },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('(drift switch on)');
    expect(r.stdout).toMatch(/task 0 \(aarav_davis_4756\) trial 1: FAIL after 1 turns, escalated/);
    expect(r.stdout).toMatch(/the agent handed over to a person \(integration_drift: /);
    expect(r.stdout).toContain('    integration drift: get_order_details: $.paid_total: expected number, got string');
    expect(r.stdout).toMatch(/1 tasks ran, 0 skipped {3}pass\^1 = 0\.0%/);
    expect(server.remaining()).toBe(0);
  }, 300_000);

  it('explains bad usage', async () => {
    const r = await runEvalCli([
      'tau',
      '--tasks',
      TASKS,
      '--openai-base-url',
      server.baseURL,
      '--openai-model',
      'm',
      '--task-ids',
      '7',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/there is no task 7 \(the file has 3/);
  }, 120_000);
});
