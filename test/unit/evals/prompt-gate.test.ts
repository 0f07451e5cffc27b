/**
 * The prompt gate: a prompt file (resources/prompts/*.md) may change only together with the routed baselines measured
 * with it. Part of the test command, so a prompt edit that skipped the eval suites fails here with the command to run.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBaseline } from '../../../evals/baseline.js';
import { promptDrift, promptVersionsOf, rerecordCommand } from '../../../evals/prompt-gate.js';
import { REPO_ROOT } from '../../helpers/child-process.js';

const RESOURCES = join(REPO_ROOT, 'resources');
const EVALS = join(RESOURCES, 'evals');
const routedBaselines = readdirSync(EVALS).filter((f) => /\.baseline\.routed(-[\w.-]+)?\.json$/.test(f));

describe('the prompt gate', () => {
  it('the payments suite has a routed baseline', () => {
    expect(routedBaselines).toContain('payments.golden.baseline.routed-replay.json');
  });

  it.each(routedBaselines)('%s was measured with the prompt files as they are', (file) => {
    const baseline = readBaseline(join(EVALS, file));
    const suite = join(EVALS, `${file.split('.baseline.')[0]}.jsonl`);
    const drift = promptDrift(baseline.promptVersions, promptVersionsOf(RESOURCES));
    expect(
      drift,
      `${drift.join('; ')}. A prompt change runs the eval suite first: ${rerecordCommand(REPO_ROOT, suite, baseline)}`,
    ).toEqual([]);
  });

  it('names every edited, added or removed prompt file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-prompts-'));
    mkdirSync(join(dir, 'prompts'));
    writeFileSync(join(dir, 'prompts', 'decide.md'), '---\nversion: 2\n---\nAnswer {{tenant}} customers.\n');
    writeFileSync(join(dir, 'prompts', 'assist.md'), '---\nversion: 1\n---\nDraft for a person.\n');
    writeFileSync(join(dir, 'prompts', 'notes.txt'), 'not a prompt');
    const current = promptVersionsOf(dir);
    expect(Object.keys(current)).toEqual(['assist', 'decide']);
    expect(current.decide).toMatch(/^decide@2\.[0-9a-f]{8}$/);
    expect(promptDrift({ ...current }, current)).toEqual([]);
    const edited = { ...current, decide: 'decide@2.00000000', gone: 'gone@1.11111111' };
    delete (edited as Record<string, string>).assist;
    expect(promptDrift(edited, current)).toEqual([
      `prompt assist (${current.assist}) is not in the baseline`,
      `prompt decide is ${current.decide}, the baseline was measured with decide@2.00000000`,
      'prompt gone (gone@1.11111111 in the baseline) no longer exists',
    ]);
    expect(promptDrift(undefined, current)).toHaveLength(2);
  });

  it('names the command that measures the suite again and records its baseline', () => {
    const baseline = readBaseline(join(EVALS, 'payments.golden.baseline.routed-replay.json'));
    expect(rerecordCommand(REPO_ROOT, join(EVALS, 'payments.golden.jsonl'), baseline)).toBe(
      'npm run eval -- suite --file resources/evals/payments.golden.jsonl --provider routed --pricing 0.15,0.6 --update-baseline',
    );
    expect(rerecordCommand(REPO_ROOT, join(EVALS, 'x.jsonl'), { ...baseline, model: 'gpt-4o-mini' })).toMatch(
      /--provider routed --openai-base-url <its endpoint> --openai-model gpt-4o-mini --pricing 0\.15,0\.6 --update-baseline$/,
    );
  });
});
