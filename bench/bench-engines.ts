import type { TestPostgres } from '../test/integration/queue/test-postgres.js';
import { startTestPostgres } from '../test/integration/queue/test-postgres.js';

/** A benchmark's figures for each engine asked for, or why PostgreSQL was skipped. */
export type EngineResults<F> = Record<string, F | { skipped: string }>;

/**
 * Runs `bench.sqlite` and `bench.postgres` for each engine of `engines` (`--engines sqlite,postgres`), in order.
 * PostgreSQL comes from SWITCHBOARD_TEST_PG_URL or a throwaway server, as in the tests, stopped after its run;
 * when neither is possible it is reported as skipped. An unknown engine name ends the process (exit code 2).
 */
export async function benchEngines<F>(
  engines: readonly string[],
  log: (line: string) => void,
  bench: { sqlite: () => Promise<F>; postgres: (server: TestPostgres) => Promise<F> },
): Promise<EngineResults<F>> {
  const result: EngineResults<F> = {};
  for (const engine of engines) {
    if (engine === 'sqlite') {
      result.sqlite = await bench.sqlite();
    } else if (engine === 'postgres') {
      const started = await startTestPostgres();
      if (!started.ok) {
        result.postgres = { skipped: started.reason };
        log(`postgres skipped: ${started.reason}`);
        continue;
      }
      try {
        result.postgres = await bench.postgres(started.pg);
      } finally {
        await started.pg.stop();
      }
    } else {
      process.stderr.write(`Unknown engine "${engine}" (sqlite, postgres).\n`);
      process.exit(2);
    }
  }
  return result;
}
