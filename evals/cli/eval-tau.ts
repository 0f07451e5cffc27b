/**
 * `npm run eval -- tau --tasks FILE --openai-base-url URL --openai-model M [--user-model M] [--k N]
 *      [--limit N | --task-ids 0,5,9] [--data DIR] [--max-turns N] [--drift] [--json]`
 *
 * τ-bench-style evaluation of the OpenAI provider on a tenant whose tools are the retail demo's HTTP API (started here
 * on 127.0.0.1, described by the seed's OpenAPI document; see run-tau.ts). `--drift` starts the API with its drift
 * switch (order totals answered as text): the tool layer must catch it. The key comes from OPENAI_API_KEY. Exit 0 when
 * it ran (whatever the score), 2 on bad usage.
 */
import { SingleBar } from 'cli-progress';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RetailStore } from '../../examples/retail-api/retail-store.js';
import { seedTenantIds } from '../../lib/tenant-config.js';
import { readTenantSeed } from '../../lib/tenant-seed/tenant-seed.js';
import { runTau, type TauReport } from '../tau/run-tau.js';
import { loadTauTasks } from '../tau/tau-tasks.js';
import { startToolTenant } from '../tau/tool-tenant.js';

interface Context {
  repoRoot: string;
  UsageError: new (message: string) => Error;
}

export const TAU_USAGE = `       npm run eval -- tau --tasks TASKS.json --openai-base-url URL --openai-model M [--user-model M]
                      [--k N] [--limit N | --task-ids 0,5,9] [--data DIR] [--max-turns N] [--timeout-ms N] [--json]
                      [--drift] [--tenant ID (default: the first seed tenant with a tool API)]`;

const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(1)}%`);

export async function runTauCommand(argv: string[], { repoRoot, UsageError }: Context): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      tasks: { type: 'string' },
      'openai-base-url': { type: 'string' },
      'openai-model': { type: 'string' },
      'user-model': { type: 'string' },
      k: { type: 'string', default: '1' },
      limit: { type: 'string' },
      'task-ids': { type: 'string' },
      data: { type: 'string' },
      tenant: { type: 'string' },
      'max-turns': { type: 'string', default: '20' },
      'timeout-ms': { type: 'string', default: '60000' },
      resources: { type: 'string' },
      drift: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!values.tasks)
    throw new UsageError(
      'Missing --tasks FILE: τ-bench retail tasks (e.g. ../shared/data/tau-bench/retail/tasks_train.json).',
    );
  if (!values['openai-base-url'] || !values['openai-model'])
    throw new UsageError('tau needs --openai-base-url and --openai-model (the key comes from OPENAI_API_KEY).');
  const positive = (name: string, v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`--${name} must be a whole number of at least 1, not "${v}".`);
    return n;
  };
  const k = positive('k', values.k);
  const maxTurns = positive('max-turns', values['max-turns']);
  const timeoutMs = positive('timeout-ms', values['timeout-ms']);
  const all = loadTauTasks(resolve(values.tasks));
  let selected = all.map((task, index) => ({ index, task }));
  if (values['task-ids']) {
    const ids = values['task-ids'].split(',').map((s) => Number(s.trim()));
    const bad = ids.find((i) => !Number.isInteger(i) || i < 0 || i >= all.length);
    if (bad !== undefined)
      throw new UsageError(`--task-ids: there is no task ${bad} (the file has ${all.length}, numbered from 0).`);
    selected = ids.map((index) => ({ index, task: all[index]! }));
  }
  const resourcesDir = resolve(values.resources ?? join(repoRoot, 'resources'));
  // The tenant whose tools the agent works with: given, or the first seed tenant with a tool API.
  const hasToolApi = (id: string) =>
    existsSync(join(resourcesDir, 'tenants', id, 'tenant.json')) &&
    readTenantSeed(join(resourcesDir, 'tenants', id)).items.some((item) => item.kind === 'tool_api');
  const tenantId = values.tenant ?? seedTenantIds(resourcesDir).find(hasToolApi);
  if (!tenantId || !hasToolApi(tenantId))
    throw new UsageError(
      `--tenant ${tenantId ?? '(none given)'}: no seed tenant with a tool API (settings-seed.json toolApis).`,
    );
  const tenantDir = join(resourcesDir, 'tenants', tenantId);
  const dataDir = resolve(values.data ?? tenantDir);
  for (const f of ['users.json', 'orders.json', 'products.json']) {
    if (!existsSync(join(dataDir, f)))
      throw new UsageError(
        `--data ${dataDir} has no ${f} (give a folder with τ-bench's users.json, orders.json and products.json).`,
      );
  }
  const store = RetailStore.load(dataDir);
  if (values.limit) {
    // With the trimmed demo data most tasks' users are absent: the limit counts tasks that can run.
    const limit = positive('limit', values.limit);
    selected = [...selected.filter(({ task }) => store.user(task.user_id)).slice(0, limit)];
  }
  const tools = await startToolTenant({ resourcesDir, tenantId, dataDir, drift: values.drift });
  const env = { tools, store };
  const interactive = !values.json && process.stderr.isTTY;
  const bar = new SingleBar({
    stream: process.stderr,
    format: ' {bar} {value}/{total} trials | {passed} passed | {eta_formatted} left | task {task}',
    hideCursor: interactive,
    noTTYOutput: !interactive && !values.json,
    notTTYSchedule: 5_000,
  });
  let passed = 0;
  let done = 0;
  bar.start(selected.length * k, 0, { passed: 0, task: '' });
  let report: TauReport;
  try {
    report = await runTau(env, selected, {
      engine: {
        baseURL: values['openai-base-url'],
        model: values['openai-model'],
        apiKey: process.env.OPENAI_API_KEY ?? 'unused-for-local-endpoints',
        timeoutMs,
        ticketDeadlineMs: Math.max(120_000, timeoutMs * 4),
      },
      userModel: values['user-model'] ?? values['openai-model'],
      k,
      maxTurns,
      onTrial: (task, trial) => {
        done++;
        if (trial.passed) passed++;
        bar.update(done, { passed, task: task.index });
      },
    });
  } finally {
    await tools.close();
  }
  bar.setTotal(done || 1);
  bar.stop();

  if (values.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return 0;
  }
  const lines = [
    `τ-bench-style retail run: agent ${report.model}, customer ${report.userModel}, k = ${k}, data ${dataDir}, tools ${tools.toolApis.map((a) => a.value.name).join(', ')} at ${tools.api.baseUrl}${values.drift ? ' (drift switch on)' : ''}`,
    '',
  ];
  for (const t of report.tasks) {
    if (t.skipped) {
      lines.push(`task ${t.index} (${t.userId}): skipped, ${t.skipped}`);
      continue;
    }
    for (const trial of t.trials) {
      lines.push(
        `task ${t.index} (${t.userId}) trial ${trial.trial}: ${trial.passed ? 'PASS' : 'FAIL'} after ${trial.turns} turns, ${trial.ending}${trial.actionsRun.length ? `, actions ${trial.actionsRun.join(', ')}` : ''}`,
      );
      for (const reason of trial.reasons) lines.push(`    ${reason}`);
      for (const drift of trial.drift) lines.push(`    integration drift: ${drift}`);
    }
  }
  lines.push(
    '',
    `${report.ran} tasks ran, ${report.skipped} skipped   pass^1 = ${pct(report.passHat1)}   pass^${k} = ${pct(report.passHatK)}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
