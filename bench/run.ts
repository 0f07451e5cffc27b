import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * `npm run bench -- <name> [options]` runs bench/<name>.bench.ts, which prints its figures
 * (and one JSON object with --json). Benchmarks measure; tests never assert on timings.
 */
const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace(/\.bench\.ts$/, ''))
  .sort();
const [name, ...rest] = process.argv.slice(2);
if (!name || name === '--help' || !available.includes(name)) {
  if (name && name !== '--help') process.stderr.write(`Error: there is no benchmark named "${name}".\n`);
  process.stderr.write(
    `Usage: npm run bench -- <name> [--json] [options]\nBenchmarks: ${available.join(', ') || '(none yet)'}\n`,
  );
  process.exit(name && name !== '--help' ? 2 : 0);
}
const file = join(here, `${name}.bench.ts`);
if (!existsSync(file)) process.exit(2);
process.argv = [process.argv[0] ?? 'node', file, ...rest];
await import(pathToFileURL(file).href);
