import type { AddressInfo } from 'node:net';
import { buildQueueApp } from './app.js';
import { CliUsageError, parseCliArgs, USAGE } from './cli-args.js';
import { ensureDemoTenant } from './demo-tenant.js';
import { SqliteQueueStore } from './storage/sqlite-queue-store.js';

/**
 * `npm run queue -- --db ./q.sqlite --port 7400 [--host 127.0.0.1] [--tokens-file FILE]`
 * Prints one line `Queue: http://HOST:PORT` on stdout once listening; logs go to stderr.
 * Exit codes: 0 after SIGINT/SIGTERM, 2 for bad arguments, an unopenable database or tokens file, 1 otherwise.
 */
async function main(): Promise<void> {
  const args = parseCliArgs(process.argv.slice(2));
  if (args === null) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }

  let store: SqliteQueueStore;
  try {
    store = SqliteQueueStore.open(args.db);
  } catch (error) {
    throw new CliUsageError(`cannot open database ${args.db}: ${reason(error)}`);
  }
  try {
    const outcome = await ensureDemoTenant(store, args.tokensFile);
    if (outcome !== 'unchanged') process.stderr.write(`queue: demo tenant tokens written to ${args.tokensFile}\n`);
  } catch (error) {
    await store.close();
    throw new CliUsageError(`cannot set up the demo tenant (tokens file ${args.tokensFile}): ${reason(error)}`);
  }

  const app = buildQueueApp({ store, logger: { level: 'warn', stream: process.stderr } });
  try {
    await app.listen({ port: args.port, host: args.host });
  } catch (error) {
    await app.close();
    await store.close();
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  const host = args.host.includes(':') ? `[${args.host}]` : args.host;
  process.stdout.write(`Queue: http://${host}:${port}\n`);

  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    setTimeout(() => process.exit(1), 5_000).unref();
    void app
      .close()
      .then(() => store.close())
      .catch((error: unknown) => {
        process.stderr.write(`queue: error while closing: ${reason(error)}\n`);
        process.exitCode = 1;
      });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  if (args.stopWithStdin) {
    // The parent that embeds this queue is gone (or closed our input): do not linger as an orphan.
    process.stdin.on('close', shutdown).on('end', shutdown).resume();
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  process.stderr.write(`queue: ${reason(error)}\n`);
  process.exit(error instanceof CliUsageError ? 2 : 1);
});
