import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseEmbeddingsModelFlag } from '../shared/api/provider-settings-contract.js';

/** Flags that take a value, by name: `{ name: { type: 'string' } }` for each (parseArgs' option objects). */
export function stringFlags<const Names extends readonly string[]>(
  ...names: Names
): { [Name in Names[number]]: { type: 'string' } } {
  return Object.fromEntries(names.map((name) => [name, { type: 'string' }])) as {
    [Name in Names[number]]: { type: 'string' };
  };
}

/** Flags that are on or off, by name: `{ name: { type: 'boolean' } }` for each. */
export function booleanFlags<const Names extends readonly string[]>(
  ...names: Names
): { [Name in Names[number]]: { type: 'boolean' } } {
  return Object.fromEntries(names.map((name) => [name, { type: 'boolean' }])) as {
    [Name in Names[number]]: { type: 'boolean' };
  };
}

/** Parses flags, printing a one-line error and the usage on bad input (exit code 2). */
export function parseCliArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  options: T,
  usage: string,
  argv = process.argv.slice(2),
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    exitWithUsage(error instanceof Error ? error.message : String(error), usage);
  }
}

export function exitWithUsage(message: string, usage: string): never {
  process.stderr.write(`Error: ${message}\n\n${usage}\n`);
  process.exit(2);
}

export function parsePort(value: string | undefined, fallback: number, usage: string, flag = '--port'): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    exitWithUsage(`${flag} must be a number from 0 to 65535, not "${value}".`, usage);
  return port;
}

/**
 * `--openai-embeddings-model E`, checked like the console's setting, and only where `allowed` (else it says the flag
 * goes with `needs`); ends with the usage when it is wrong. Undefined: not given.
 */
export function embeddingsModelFlag(
  flag: string | undefined,
  allowed: boolean,
  needs: string,
  usage: string,
): string | undefined {
  if (flag === undefined) return undefined;
  if (!allowed) exitWithUsage(`--openai-embeddings-model goes with ${needs}.`, usage);
  const parsed = parseEmbeddingsModelFlag(flag);
  return parsed instanceof Error ? exitWithUsage(parsed.message, usage) : parsed;
}

/** Stops cleanly on Ctrl+C or SIGTERM, once. */
export function onShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal}: stopping...\n`);
    stop()
      .catch((error: unknown) => process.stderr.write(`Error while stopping: ${String(error)}\n`))
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', () => handler('SIGINT'));
  process.on('SIGTERM', () => handler('SIGTERM'));
}
