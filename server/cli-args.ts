import { parseArgs } from 'node:util';

export interface CliArgs {
  db: string;
  port: number;
  host: string;
  tokensFile: string;
  /** Stop when standard input closes: set by a parent process that embeds this queue. */
  stopWithStdin: boolean;
}

export const USAGE = 'Usage: npm run queue -- --db FILE [--port 7400] [--host 127.0.0.1] [--tokens-file FILE] [--stop-with-stdin]';

/** A command-line mistake; the CLI prints its message on one line and exits with code 2. */
export class CliUsageError extends Error {}

/** Parses the queue's arguments; `--tokens-file` defaults to `<db>.tokens.json`. Returns null for --help. */
export function parseCliArgs(argv: readonly string[]): CliArgs | null {
  let values: { db?: string; port?: string; host?: string; 'tokens-file'?: string; 'stop-with-stdin'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'tokens-file': { type: 'string' },
        'stop-with-stdin': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new CliUsageError(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`);
  }
  if (values.help) return null;
  if (!values.db) throw new CliUsageError(`--db FILE is required. ${USAGE}`);
  const port = parsePort(values.port ?? '7400');
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') throw new CliUsageError('--host must not be empty.');
  const tokensFile = values['tokens-file'] ?? `${values.db}.tokens.json`;
  if (tokensFile.trim() === '') throw new CliUsageError('--tokens-file must not be empty.');
  return { db: values.db, port, host, tokensFile, stopWithStdin: values['stop-with-stdin'] ?? false };
}

function parsePort(text: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65_535) {
    throw new CliUsageError(`--port must be a whole number from 0 to 65535 (0 picks a free port), not "${text}".`);
  }
  return Number(text);
}
