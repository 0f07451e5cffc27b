import { readFileSync } from 'node:fs';
import type { QueueTokensFile } from '../../lib/embedded-queue.js';
import { startTsProcess, type RunningProcess } from './child-process.js';

export interface QueueProcess {
  process: RunningProcess;
  url: string;
  tokens: QueueTokensFile['tokens'];
}

/**
 * `npm run queue` as a child process on the database `db` (a SQLite file or a PostgreSQL URL), on a free port, logging
 * only warnings, with the demo tenant's tokens written to `tokensFile`; resolves once it listens.
 */
export async function startQueueProcess(
  db: string,
  tokensFile: string,
  moreArgs: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<QueueProcess> {
  const args = ['--db', db, '--port', '0', '--tokens-file', tokensFile, '--log-level', 'warn', ...moreArgs];
  const process = startTsProcess('server/cli.ts', args, env);
  try {
    const url = (await process.waitForLine(/^Queue: (http:\/\/\S+)$/, 60_000))[1] ?? '';
    const { tokens } = JSON.parse(readFileSync(tokensFile, 'utf8')) as QueueTokensFile;
    return { process, url, tokens };
  } catch (error) {
    await process.stop();
    throw error;
  }
}
