import { parseArgs } from 'node:util';

export interface CliArgs {
  db: string;
  port: number;
  host: string;
  tokensFile: string;
  /** Stop when standard input closes: set by a parent process that embeds this queue. */
  stopWithStdin: boolean;
  /** The longest lease a worker may hold (claims asking for more get this). */
  maxLeaseMs: number;
  logLevel: LogLevel;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const USAGE =
  'Usage: npm run queue -- --db FILE|postgres://URL [--port 7400] [--host 127.0.0.1] [--tokens-file FILE] [--max-lease-ms 600000] [--log-level info] [--stop-with-stdin]';
export const ADMIN_USAGE =
  'Usage: npm run queue -- tenant create --db DB --id ID [--name NAME] | queue create --db DB --tenant ID --id QUEUE [--name NAME] | token create --db DB --tenant ID --role agent|lead|autopilot|admin [--name NAME] | token list --db DB --tenant ID | token revoke --db DB --tenant ID --fingerprint FP';

/** A command-line mistake; the CLI prints its message on one line and exits with code 2. */
export class CliUsageError extends Error {}

/** Parses the queue's arguments; `--tokens-file` defaults to `<db>.tokens.json`. Returns null for --help. */
export function parseCliArgs(argv: readonly string[]): CliArgs | null {
  let values: {
    db?: string;
    port?: string;
    host?: string;
    'tokens-file'?: string;
    'stop-with-stdin'?: boolean;
    'max-lease-ms'?: string;
    'log-level'?: string;
    help?: boolean;
  };
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
        'max-lease-ms': { type: 'string' },
        'log-level': { type: 'string' },
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
  const tokensFile = values['tokens-file'] ?? (isPostgresUrl(values.db) ? 'queue.tokens.json' : `${values.db}.tokens.json`);
  if (tokensFile.trim() === '') throw new CliUsageError('--tokens-file must not be empty.');
  const maxLeaseText = values['max-lease-ms'] ?? '600000';
  if (!/^\d{1,7}$/.test(maxLeaseText) || Number(maxLeaseText) < 1000) {
    throw new CliUsageError(`--max-lease-ms must be a whole number of milliseconds from 1000 to 9999999, not "${maxLeaseText}".`);
  }
  const logLevel = values['log-level'] ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) throw new CliUsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}, not "${logLevel}".`);
  return {
    db: values.db,
    port,
    host,
    tokensFile,
    stopWithStdin: values['stop-with-stdin'] ?? false,
    maxLeaseMs: Number(maxLeaseText),
    logLevel: logLevel as LogLevel,
  };
}

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

function parsePort(text: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65_535) {
    throw new CliUsageError(`--port must be a whole number from 0 to 65535 (0 picks a free port), not "${text}".`);
  }
  return Number(text);
}
