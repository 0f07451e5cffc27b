/** Runs `npm run eval -- ...` as a real child process (asynchronously, so a test's own servers keep answering). */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './child-process.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runEvalCli(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 240_000): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'evals', 'cli', 'eval.ts'), ...args],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`eval ${args.join(' ')} did not finish within ${timeoutMs} ms.\n${stderr.slice(-2000)}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
