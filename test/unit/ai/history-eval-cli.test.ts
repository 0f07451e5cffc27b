import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_ENTRY, runEntrySync } from '../../helpers/entry-command.js';
import { FIXTURES, tempDir } from './fixtures.js';

/** 160 tickets of 4 intents written for this test, in Bitext's columns (instruction, intent). */
const HISTORY_FIXTURE = join(FIXTURES, 'history-tickets.csv');
// One CLI start compiles the CLI with tsx: seconds on an idle machine, a minute under heavy load.
const CLI_TIMEOUT_MS = 180_000;

describe('npm run eval -- history', { timeout: CLI_TIMEOUT_MS }, () => {
  it('prints the learning curve of a tenant with no labelled data and writes it as JSON', () => {
    const out = join(tempDir(), 'curve.json');
    const args = ['history', '--bitext', HISTORY_FIXTURE, '--steps', '8,40,120,500', '--holdout', '0.25', '--out', out];
    const r = runEntrySync(EVAL_ENTRY, args, { timeoutMs: CLI_TIMEOUT_MS });
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report).toMatchObject({ examples: 160, intents: 4, heldOut: 40, historyAvailable: 120, cappedAt: [500] });
    expect(report.points.map((p: { resolved: number }) => p.resolved)).toEqual([8, 40, 120]);
    const [few, , all] = report.points;
    // More history, a better model: the curve rises, and the whole history makes a working engine.
    expect(all.accuracy).toBeGreaterThan(few.accuracy);
    expect(all.containment).toBeGreaterThanOrEqual(few.containment);
    expect(all.working).toBe(true);
    expect(report.minimumWorkingHistory).toBeLessThanOrEqual(120);
    expect(r.stdout).toContain('contained at ≤0.8 % wrong');
    expect(r.stdout).toMatch(/^\s+120\s+4\s+\d+\.\d %/m);
    expect(r.stdout).toContain('Not reached (more than the 120 tickets of history): 500');
  });

  it('refuses steps it cannot bound', () => {
    const r = runEntrySync(EVAL_ENTRY, ['history', '--bitext', HISTORY_FIXTURE, '--steps', '10,x'], {
      timeoutMs: CLI_TIMEOUT_MS,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--steps must be');
  });
});
