import { stringFlags } from '../lib/cli-support.js';
import { RESOURCES_DIR } from '../lib/paths.js';
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './http-timeouts.js';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limit.js';
import { DEFAULT_WIDGET_RATE_LIMITS } from './widget/widget-limits.js';

export interface CliArgs {
  db: string;
  port: number;
  host: string;
  tokensFile: string;
  /** The folder whose tenants/<id>/ seed folders are the demo tenants (created, given tokens and seeded on start). */
  resourcesDir: string;
  /** Stop when standard input closes: set by a parent process that embeds this queue. */
  stopWithStdin: boolean;
  /** The longest lease a worker may hold (claims asking for more get this). */
  maxLeaseMs: number;
  logLevel: LogLevel;
  /** The file holding the token `GET /metrics` needs (else SWITCHBOARD_METRICS_TOKEN; neither: no metrics). */
  metricsTokenFile: string | null;
  rateLimits: RateLimits;
  /** New chat widget sessions a minute from one address (0 = off; a load test on loopback turns it off). */
  widgetSessionsPerAddress: number;
  requestTimeoutMs: number;
  /** Run the email channels (read the mailboxes, send the replies) in this process; --no-channels turns it off. */
  channels: boolean;
}

/** The environment variable that may hold the metrics token instead of --metrics-token-file. */
export const METRICS_TOKEN_ENV = 'SWITCHBOARD_METRICS_TOKEN';
/** Shorter metrics tokens are refused: one that can be guessed would show every tenant's counts. */
const MIN_METRICS_TOKEN_LENGTH = 16;

/** Each rate limit's flag. */
const RATE_LIMIT_FLAGS = {
  perToken: 'rate-limit-token',
  perTenant: 'rate-limit-tenant',
  perAddress: 'rate-limit-address',
  failedCredentialsPerAddress: 'rate-limit-failed-credentials',
} as const satisfies Record<keyof RateLimits, string>;
const WIDGET_SESSIONS_FLAG = 'widget-sessions-per-address';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const USAGE =
  'Usage: npm run queue -- --db FILE|postgres://URL [--port 7400] [--host 127.0.0.1] [--tokens-file FILE] [--resources DIR] [--max-lease-ms 600000] [--log-level info] [--stop-with-stdin]' +
  ` [--metrics-token-file FILE] [--${RATE_LIMIT_FLAGS.perToken} ${DEFAULT_RATE_LIMITS.perToken}] [--${RATE_LIMIT_FLAGS.perTenant} ${DEFAULT_RATE_LIMITS.perTenant}]` +
  ` [--${RATE_LIMIT_FLAGS.perAddress} ${DEFAULT_RATE_LIMITS.perAddress}] (requests a minute, 0 = off) [--${RATE_LIMIT_FLAGS.failedCredentialsPerAddress} ${DEFAULT_RATE_LIMITS.failedCredentialsPerAddress}] (refused credentials a minute per address, 0 = off) [--${WIDGET_SESSIONS_FLAG} ${DEFAULT_WIDGET_RATE_LIMITS.sessionsPerAddress}] (new chat sessions a minute, 0 = off) [--request-timeout-ms ${DEFAULT_REQUEST_TIMEOUT_MS}] [--no-channels]`;
export const ADMIN_USAGE =
  'Usage: npm run queue -- tenant create --db DB --id ID [--name NAME] | tenant seed --db DB --tenant ID --from DIR | queue create --db DB --tenant ID --id QUEUE [--name NAME]';

/** A command-line mistake; the CLI prints its message on one line and exits with code 2. */
export class CliUsageError extends Error {}

/** Parses a command's flags strictly (no positionals); a mistake is a CliUsageError ending in `usage`. */
export function parseFlags<Options extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: Options,
  usage: string,
) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new CliUsageError(`${error instanceof Error ? error.message : String(error)}. ${usage}`);
  }
}

/** Parses the queue's arguments; `--tokens-file` defaults to `<db>.tokens.json`. Returns null for --help. */
export function parseCliArgs(argv: readonly string[]): CliArgs | null {
  const values = parseFlags(
    argv,
    {
      ...stringFlags('db', 'port', 'host', 'tokens-file', 'max-lease-ms', 'log-level', 'metrics-token-file'),
      ...stringFlags(...Object.values(RATE_LIMIT_FLAGS)),
      ...stringFlags('request-timeout-ms', 'resources', WIDGET_SESSIONS_FLAG),
      'stop-with-stdin': { type: 'boolean' },
      'no-channels': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) return null;
  if (!values.db) throw new CliUsageError(`--db FILE is required. ${USAGE}`);
  const port = parsePort(values.port ?? '7400');
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') throw new CliUsageError('--host must not be empty.');
  const tokensFile =
    values['tokens-file'] ?? (isPostgresUrl(values.db) ? 'queue.tokens.json' : `${values.db}.tokens.json`);
  if (tokensFile.trim() === '') throw new CliUsageError('--tokens-file must not be empty.');
  const maxLeaseText = values['max-lease-ms'] ?? '600000';
  if (!/^\d{1,7}$/.test(maxLeaseText) || Number(maxLeaseText) < 1000) {
    throw new CliUsageError(
      `--max-lease-ms must be a whole number of milliseconds from 1000 to 9999999, not "${maxLeaseText}".`,
    );
  }
  const logLevel = values['log-level'] ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel))
    throw new CliUsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}, not "${logLevel}".`);
  const perMinute = (flag: string, text: string): number => {
    if (!/^\d{1,9}$/.test(text))
      throw new CliUsageError(
        `--${flag} must be a whole number of requests a minute (0 turns the limit off), not "${text}".`,
      );
    return Number(text);
  };
  const rateLimit = (limit: keyof RateLimits): number =>
    perMinute(RATE_LIMIT_FLAGS[limit], values[RATE_LIMIT_FLAGS[limit]] ?? String(DEFAULT_RATE_LIMITS[limit]));
  const requestTimeoutText = values['request-timeout-ms'] ?? String(DEFAULT_REQUEST_TIMEOUT_MS);
  if (!/^\d{1,6}$/.test(requestTimeoutText) || Number(requestTimeoutText) < 1000) {
    throw new CliUsageError(
      `--request-timeout-ms must be a whole number of milliseconds from 1000 to 999999, not "${requestTimeoutText}".`,
    );
  }
  if (values['metrics-token-file']?.trim() === '') throw new CliUsageError('--metrics-token-file must not be empty.');
  return {
    db: values.db,
    port,
    host,
    tokensFile,
    resourcesDir: values.resources ?? RESOURCES_DIR,
    stopWithStdin: values['stop-with-stdin'] ?? false,
    maxLeaseMs: Number(maxLeaseText),
    logLevel: logLevel as LogLevel,
    metricsTokenFile: values['metrics-token-file'] ?? null,
    rateLimits: {
      perToken: rateLimit('perToken'),
      perTenant: rateLimit('perTenant'),
      perAddress: rateLimit('perAddress'),
      failedCredentialsPerAddress: rateLimit('failedCredentialsPerAddress'),
    },
    widgetSessionsPerAddress: perMinute(
      WIDGET_SESSIONS_FLAG,
      values[WIDGET_SESSIONS_FLAG] ?? String(DEFAULT_WIDGET_RATE_LIMITS.sessionsPerAddress),
    ),
    requestTimeoutMs: Number(requestTimeoutText),
    channels: !(values['no-channels'] ?? false),
  };
}

/**
 * The metrics token: the first line of `file` (which --metrics-token-file names), else the environment
 * variable, else null (the queue then serves no metrics). Never taken from the command line, where every
 * local user could read it.
 */
export function readMetricsToken(file: string | null, env: NodeJS.ProcessEnv): string | null {
  let token: string | undefined;
  let source = METRICS_TOKEN_ENV;
  if (file !== null) {
    source = `--metrics-token-file ${file}`;
    try {
      token = readFileSync(file, 'utf8').split(/\r?\n/)[0]?.trim();
    } catch (error) {
      throw new CliUsageError(`cannot read ${source}: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else {
    token = env[METRICS_TOKEN_ENV]?.trim();
    if (token === undefined) return null;
  }
  if (!token || token.length < MIN_METRICS_TOKEN_LENGTH || /\s/.test(token)) {
    throw new CliUsageError(
      `The metrics token (${source}) must be at least ${MIN_METRICS_TOKEN_LENGTH} characters without spaces, e.g. from: openssl rand -hex 24`,
    );
  }
  return token;
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
