/**
 * The prompt gate (issue 17, "a change runs the eval suites first"): every routed baseline records the prompt versions
 * it was measured with; a prompt file whose version differs (edited, added or removed) has not been through the
 * suite. test/unit/evals/prompt-gate.test.ts fails then, naming the command that re-measures and re-records the
 * baseline; that command itself refuses to record a run that fails the suite's gate.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Baseline, PromptVersions } from '../shared/evals/run-report.js';
import { loadPromptFile } from '../engine/prompts/prompt-file.js';
import { REPLAY_MODEL } from './model-replay-server.js';

const PROMPT_FILE = /^([a-z][a-z0-9-]{0,40})\.md$/;

/** The version of every prompt file in resources/prompts, by name. */
export function promptVersionsOf(resourcesDir: string): PromptVersions {
  const dir = join(resourcesDir, 'prompts');
  if (!existsSync(dir)) return {};
  const names = readdirSync(dir)
    .map((f) => PROMPT_FILE.exec(f)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
  return Object.fromEntries(names.map((name) => [name, loadPromptFile(resourcesDir, name).version]));
}

/** One sentence per prompt whose version is not the one the baseline was measured with. */
export function promptDrift(recorded: PromptVersions | undefined, current: PromptVersions): string[] {
  const before = recorded ?? {};
  const names = [...new Set([...Object.keys(before), ...Object.keys(current)])].sort();
  return names.flatMap((name) => {
    const was = before[name];
    const now = current[name];
    if (was === now) return [];
    if (was === undefined) return [`prompt ${name} (${now}) is not in the baseline`];
    if (now === undefined) return [`prompt ${name} (${was} in the baseline) no longer exists`];
    return [`prompt ${name} is ${now}, the baseline was measured with ${was}`];
  });
}

/** The command that runs a suite through the routed engine again and records its baseline (when the gate passes). */
export function rerecordCommand(repoRoot: string, suiteFile: string, baseline: Baseline): string {
  const pricing =
    baseline.pricing?.source === 'flag'
      ? ` --pricing ${baseline.pricing.inputPerMillion},${baseline.pricing.outputPerMillion}`
      : '';
  const live =
    baseline.model !== null && baseline.model !== REPLAY_MODEL
      ? ` --openai-base-url <its endpoint> --openai-model ${baseline.model}`
      : '';
  return `npm run eval -- suite --file ${relative(repoRoot, suiteFile)} --provider routed${live}${pricing} --update-baseline`;
}
