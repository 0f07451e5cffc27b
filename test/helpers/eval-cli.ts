import { runToExit, type CliRun } from './run-to-exit.js';

export type { CliRun } from './run-to-exit.js';

/** Runs `npm run eval -- ...` as a real child process (asynchronously, so a test's own servers keep answering). */
export function runEvalCli(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 240_000): Promise<CliRun> {
  return runToExit('evals/cli/eval.ts', args, env, timeoutMs);
}
