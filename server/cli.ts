import type { AddressInfo } from 'node:net';
import type { EmailChannelControl } from '../channels/email/email-control.js';
import { startEmailRuntime, type EmailRuntime } from '../channels/email/email-runtime.js';
import { readTrustedMailCa } from '../channels/email/mail-ca.js';
import { runAdminCommand } from './admin-cli.js';
import { buildQueueApp } from './app.js';
import { CHANNEL_USAGE, runChannelCommand } from './channel-cli.js';
import { emailStorePort } from './channels/email-store-port.js';
import { ADMIN_USAGE, CliUsageError, isPostgresUrl, parseCliArgs, readMetricsToken, USAGE } from './cli-args.js';
import { ensureDemoTenants } from './demo-tenants.js';
import { openProcessChanges } from './change-sharing.js';
import { ChannelSecrets } from './secrets/channel-secrets.js';
import { WebhookDeliveryWorker } from './webhooks/delivery-worker.js';
import { describeSeedReport } from './tenant-seeding.js';
import { IMPORT_USAGE, runImportCommand } from './import/import-cli.js';
import { describeDb, openQueueStore } from './storage/open-store.js';
import { runTokenCommand, TOKEN_USAGE } from './token-commands.js';
import { runUserCommand, USER_USAGE } from './user-commands.js';
import type { QueueStore } from './storage/queue-store.js';

/**
 * `npm run queue -- --db ./q.sqlite|postgres://... --port 7400 [--host 127.0.0.1] [--tokens-file FILE]`
 * `[--metrics-token-file FILE] [--rate-limit-token|tenant|address N] [--request-timeout-ms MS]` (see cli-args.ts)
 * (and the admin commands `tenant create ...`, see admin-cli.ts, `user add|list|update|disable|enable|password ...`,
 * see user-commands.ts, `token create|list|rotate|revoke ...`, see token-commands.ts, and
 * `import articles|tickets ...`, see import/import-cli.ts, and `channel add|list|test|remove ...`, see channel-cli.ts).
 * Runs the email channels beside the HTTP server (channels/email/email-runtime.ts) and the webhook delivery worker
 * (webhooks/delivery-worker.ts) unless --no-channels.
 * Prints one line `Queue: http://HOST:PORT` on stdout once listening; logs go to stderr.
 * Exit codes: 0 after SIGINT/SIGTERM, 2 for bad arguments, an unopenable database or tokens file, 1 otherwise.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === 'tenant' || argv[0] === 'queue') {
    await runAdminCommand(argv, (line) => process.stdout.write(`${line}\n`));
    return;
  }
  if (argv[0] === 'token') {
    await runTokenCommand(argv, writeLine, (line) => process.stderr.write(`${line}\n`));
    return;
  }
  if (argv[0] === 'user') {
    await runUserCommand(argv, writeLine);
    return;
  }
  if (argv[0] === 'import') {
    // Ctrl-C stops a tickets import after the batch it is writing; the next run continues from its checkpoint.
    const stop = new AbortController();
    process.once('SIGINT', () => stop.abort());
    process.once('SIGTERM', () => stop.abort());
    process.exitCode = await runImportCommand(argv, {
      out: (line) => process.stdout.write(`${line}\n`),
      progress: process.stderr,
      signal: stop.signal,
    });
    return;
  }
  if (argv[0] === 'channel') {
    process.exitCode = await runChannelCommand(argv, {
      out: (line) => process.stdout.write(`${line}\n`),
      note: (line) => process.stderr.write(`queue: ${line}\n`),
      env: process.env,
    });
    return;
  }
  const args = parseCliArgs(argv);
  if (args === null) {
    process.stdout.write(
      `${USAGE}\n${ADMIN_USAGE}\n${USER_USAGE}\n${TOKEN_USAGE}\n${IMPORT_USAGE}\n${CHANNEL_USAGE}\n`,
    );
    return;
  }
  const metricsToken = readMetricsToken(args.metricsTokenFile, process.env);
  let trustedMailCa: string | null = null;
  try {
    trustedMailCa = readTrustedMailCa(process.env);
  } catch (error) {
    throw new CliUsageError(reason(error));
  }

  let store: QueueStore;
  try {
    store = await openQueueStore(args.db);
  } catch (error) {
    throw new CliUsageError(`cannot open database ${describeDb(args.db)}: ${reason(error)}`);
  }
  try {
    for (const outcome of await ensureDemoTenants(store, args.tokensFile, args.resourcesDir)) {
      if (outcome.tokens !== 'unchanged')
        process.stderr.write(`queue: demo tenant ${outcome.tenantId} tokens written to ${args.tokensFile}\n`);
      if (outcome.seed.created + outcome.seed.updated > 0 || outcome.seed.rules === 'saved')
        process.stderr.write(`queue: demo tenant ${outcome.tenantId} seeded: ${describeSeedReport(outcome.seed)}\n`);
    }
  } catch (error) {
    await store.close();
    throw new CliUsageError(`cannot set up the demo tenants (tokens file ${args.tokensFile}): ${reason(error)}`);
  }

  const secrets = ChannelSecrets.load({
    env: process.env,
    sqliteFile: isPostgresUrl(args.db) ? null : args.db,
    log: (line) => process.stderr.write(`queue: ${line}\n`),
  });
  // The email channels start once the HTTP server listens; the routes ask them through this until then.
  let emailRuntime: EmailRuntime | null = null;
  const emailChannels: EmailChannelControl | undefined = args.channels
    ? {
        health: (key) => emailRuntime?.health(key) ?? null,
        test: async (key) => {
          if (emailRuntime === null) throw new Error('The email channels are starting; try again in a moment.');
          return emailRuntime.test(key);
        },
        refresh: () => emailRuntime?.refresh(),
      }
    : undefined;
  // On PostgreSQL every write is announced to the other queue processes too, and theirs reach this one's listeners.
  const changes = openProcessChanges(store, (line) => process.stderr.write(`queue: ${line}\n`));
  const { events, presence } = changes;
  const publishFeed = (tenantId: string): Promise<void> =>
    events.announce(tenantId, () => store.currentCursor(tenantId));
  // Webhook deliveries and generic channel replies go out from this process like the email channel's mail (woken by
  // the app's changes, polling meanwhile), unless --no-channels.
  const webhookWorker = args.channels
    ? new WebhookDeliveryWorker({
        store,
        secrets,
        onFeedMoved: publishFeed,
        // Called only once the app below exists (the worker starts after it listens).
        log: (fields, message) => app.log.warn(fields, message),
      })
    : null;

  // Structured logs: one JSON object per line on stderr (pino, via Fastify).
  const app = buildQueueApp({
    store,
    events,
    presence,
    secrets,
    emailChannels,
    ...(webhookWorker ? { webhookDeliveries: webhookWorker } : {}),
    maxLeaseMs: args.maxLeaseMs,
    rateLimits: args.rateLimits,
    widgetRateLimits: { sessionsPerAddress: args.widgetSessionsPerAddress },
    requestTimeoutMs: args.requestTimeoutMs,
    metricsToken,
    logger: { level: args.logLevel, stream: process.stderr },
  });
  try {
    await app.listen({ port: args.port, host: args.host });
  } catch (error) {
    await app.close();
    await changes.close();
    await store.close();
    throw error;
  }
  if (args.channels) {
    emailRuntime = startEmailRuntime({
      port: emailStorePort({
        store,
        secrets,
        log: (fields, message) => app.log.warn(fields, message),
        onFeedMoved: async (tenantId) => {
          // A mail may have made a ticket or a reply: its webhook deliveries go out now.
          webhookWorker?.wake();
          await publishFeed(tenantId);
        },
      }),
      log: app.log,
      trustedCaPem: trustedMailCa,
    });
    webhookWorker?.start();
  }
  const { port } = app.server.address() as AddressInfo;
  const host = args.host.includes(':') ? `[${args.host}]` : args.host;
  process.stdout.write(`Queue: http://${host}:${port}\n`);
  app.log.info(
    {
      event: 'queue_started',
      db: describeDb(args.db),
      url: `http://${host}:${port}`,
      maxLeaseMs: args.maxLeaseMs,
      rateLimitsPerMinute: args.rateLimits,
      requestTimeoutMs: args.requestTimeoutMs,
      metrics: metricsToken === null ? 'off (no metrics token)' : 'on (metrics token)',
      emailChannels: args.channels ? 'on' : 'off (--no-channels)',
      webhookDeliveries: args.channels ? 'on' : 'off (--no-channels)',
      channelPasswords: secrets.unavailable ?? 'key loaded',
    },
    'queue started',
  );

  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    app.log.info({ event: 'queue_stopping' }, 'queue stopping');
    setTimeout(() => process.exit(1), 5_000).unref();
    // The channels stop first (a send in flight finishes), then HTTP, then the store they both write to.
    void Promise.all([emailRuntime?.stop(), webhookWorker?.stop()])
      .then(() => app.close())
      .then(() => changes.close())
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

function writeLine(line: string): void {
  process.stdout.write(`${line}\n`);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  process.stderr.write(`queue: ${reason(error)}\n`);
  process.exit(error instanceof CliUsageError ? 2 : 1);
});
