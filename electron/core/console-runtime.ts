import { dirname, join } from 'node:path';
import type { ConsoleApi } from '../../shared/api/console-contract.js';
import { Disposables } from '../../lib/disposables.js';
import { openConsoleStores, wireConsole } from './console-core.js';
import { startDemoRater } from './demo-ratings.js';
import { loadDemoTickets, seedDemoTickets } from './demo-seeder.js';
import { tokensOfTenant, type EmbeddedQueue } from '../../lib/embedded-queue.js';
import { MutationSchema } from '../../shared/api/mutations.js';
import { openOrRebuildLocalDatabase } from './store/local-database.js';
import { CLIENT_ID_KEY } from './store/meta-store.js';
import { QueueClient } from '../../lib/queue-client/queue-client.js';
import { providerKeyFile } from './provider/provider-key-file.js';
import type { ProviderKeyStore } from './provider/provider-key-store.js';
import type { SessionSecretStore } from './identity/session-secret-store.js';
import { SESSION_SECRET_FILE, sessionSecretFile } from './identity/session-secret-file.js';
import type { SsoReturn } from './identity/sso-return.js';
import type { StartupProvider } from './provider/provider-settings-service.js';
import type { ConsoleRole } from './console-roles.js';
import { startRuntimeChildren, type RuntimeChildren } from './runtime-children.js';
import { autopilotProviderOf } from './provider/autopilot-provider.js';

export interface ConsoleRuntimeOptions {
  /** Every file the console writes goes here. */
  dataDir: string;
  /** The repo's resources/ folder (or the packaged app's copy). */
  resourcesDir: string;
  /** An external central queue; when absent an embedded queue is started as a child process. */
  queueUrl?: string;
  /** The console's token for the external queue: the console shows the settings of its tenant, in its role. */
  queueToken?: string;
  /** With an external queue, an autopilot token makes this console run an autopilot too. */
  autopilotToken?: string;
  /** Run the autopilot (default: yes with the embedded queue, or when an autopilot token is given). */
  autopilot?: boolean;
  /** Seed the demo tenant's tickets into an embedded queue on first run (default: yes). */
  seedDemo?: boolean;
  /** Path to a better_sqlite3.node built for this runtime (Electron's ABI). */
  nativeBinding?: string;
  /** Where the trained intent model is cached (default: <dataDir>/model-cache). */
  modelCacheDir?: string;
  /**
   * With the embedded queue: which of its demo tenants this console belongs to (it uses that tenant's tokens);
   * default the queue's first. An external queue's token names its tenant itself (given, the autopilot checks it).
   */
  tenant?: string;
  agentName?: string;
  /**
   * With the embedded queue: which of its tokens this console uses (a lead sees the lead screens, an admin also
   * the admin screens). Default agent.
   */
  role?: ConsoleRole;
  /**
   * The OpenAI provider for translating tickets into the agent's language, from the command line or environment:
   * it wins over the provider saved in Settings for this run (until a save there). Without either the console shows a notice.
   */
  translation?: StartupProvider;
  /** Where a provider key saved in Settings is kept (Electron: the OS keychain). Default: DIR/ai-provider-key.json, mode 0600. */
  providerKeys?: ProviderKeyStore;
  /**
   * Signing in with the identity provider: where it sends the browser back (browser mode: the console host's
   * /auth/callback, electron/core/host/browser-sso-return.ts; the desktop: a loopback listener, loopback-redirect.ts).
   */
  ssoReturn?: SsoReturn;
  /** Where a signed-in console remembers its session (Electron: the OS keychain). Default: DIR/session.json, mode 0600. */
  sessionSecrets?: SessionSecretStore;
  log?: (line: string) => void;
  /** The queue and autopilot processes, when the caller started them already (startRuntimeChildren with these options). */
  children?: RuntimeChildren;
}

export interface ConsoleRuntime {
  api: ConsoleApi;
  queueUrl: string;
  /** Resolves when the autopilot runs, deciding what its engine can so far (immediately if there is none). */
  autopilotReady: Promise<void>;
  stop(): Promise<void>;
}

/** The default name of a console's person in each role, for the demo's messages and notes. */
const DEMO_PERSON: Record<ConsoleRole, string> = { agent: 'Demo agent', lead: 'Demo lead', admin: 'Demo admin' };

const DEMO_SEEDED = 'demoSeeded';
/** Browser mode's provider key file in the data folder (plain text, readable by the user only). */
export const PROVIDER_KEY_FILE = 'ai-provider-key.json';

/** Wires one console: local cache, sync with the queue, the API for the renderer, and optionally the autopilot. */
export async function startConsoleRuntime(options: ConsoleRuntimeOptions): Promise<ConsoleRuntime> {
  // Everything started, stopped in reverse order by stop(), or at once when the start fails half-way.
  const running = new Disposables();
  try {
    return await startParts(options, running);
  } catch (error) {
    await running
      .stopAll()
      .catch((stopError: unknown) =>
        options.log?.(`After the failed start: ${stopError instanceof Error ? stopError.message : String(stopError)}`),
      );
    throw error;
  }
}

async function startParts(options: ConsoleRuntimeOptions, running: Disposables): Promise<ConsoleRuntime> {
  const log = options.log ?? (() => undefined);
  const role = options.role ?? 'agent';
  const { embeddedStart, autopilot, autopilotStage } = options.children ?? startRuntimeChildren({ ...options, log });
  if (embeddedStart) running.add('embedded queue', async () => (await embeddedStart.catch(() => null))?.stop());
  if (autopilot) running.add('autopilot', () => autopilot.stop());
  const autopilotReady = autopilot ? autopilot.current().then(() => undefined) : Promise.resolve();
  autopilotReady.catch((error: unknown) => {
    autopilotStage.failed();
    log(`The autopilot could not start: ${error instanceof Error ? error.message : String(error)}`);
  });

  const embedded: EmbeddedQueue | null = await embeddedStart;
  const queueUrl = embedded?.url ?? options.queueUrl ?? '';
  const demoTenant = embedded ? tokensOfTenant(embedded.tokens, options.tenant) : null;
  const consoleToken = demoTenant ? demoTenant.tokens[role] : options.queueToken;
  // An external queue, a tenant and no token: the console's people sign in (issue 18).
  const signInTenant = !embedded && consoleToken === undefined ? options.tenant : undefined;

  // A console on another demo tenant than the embedded queue's first keeps its own cache (tickets, settings, seed).
  const otherDemoTenant = demoTenant && embedded && demoTenant.tenantId !== embedded.tokens.tenantId;
  const cacheFile = join(options.dataDir, otherDemoTenant ? `console-${demoTenant.tenantId}.sqlite` : 'console.sqlite');
  const { db, rebuilt } = openOrRebuildLocalDatabase(cacheFile, options.nativeBinding);
  running.add('local cache', () => {
    db.close();
  });
  const stores = openConsoleStores(db);
  const { meta, outbox } = stores;
  if (rebuilt) {
    // Keep this console's identity and whatever unsent changes were still readable; the queue skips
    // ids it has seen and messages it already has, so nothing is applied twice.
    db.transaction(() => {
      if (rebuilt.clientId) meta.set(CLIENT_ID_KEY, rebuilt.clientId);
      meta.set('lastMutationId', String(rebuilt.lastMutationId));
      for (const { json, author } of rebuilt.salvagedOutbox) {
        const parsed = MutationSchema.safeParse(JSON.parse(json));
        if (!parsed.success) continue;
        const { id: _id, ...unnumbered } = parsed.data;
        outbox.enqueue(unnumbered, author);
      }
    })();
    log(
      `The local cache was damaged (${rebuilt.reason}). It was moved to ${rebuilt.movedTo} and is being rebuilt from the queue` +
        `${rebuilt.salvagedOutbox.length > 0 ? `; ${rebuilt.salvagedOutbox.length} unsent change(s) were recovered` : ''}.`,
    );
  }
  const { sync, service, session, presence } = wireConsole(stores, {
    queueUrl,
    ...(consoleToken === undefined ? {} : { token: consoleToken }),
    ...(signInTenant === undefined
      ? {}
      : {
          signIn: {
            tenantId: signInTenant,
            secrets: options.sessionSecrets ?? sessionSecretFile(join(options.dataDir, SESSION_SECRET_FILE)),
            ...(options.ssoReturn ? { ssoReturn: options.ssoReturn } : {}),
          },
        }),
    agentName: options.agentName ?? DEMO_PERSON[role],
    log,
    evalCasesDir: join(options.dataDir, 'evals'),
    evals: {
      appRoot: dirname(options.resourcesDir),
      resourcesDir: options.resourcesDir,
      extraSuiteDirs: [join(options.dataDir, 'evals')],
      cacheDir: options.modelCacheDir ?? join(options.dataDir, 'model-cache'),
      dataDir: join(options.dataDir, 'eval-runs'),
      baselineDir: join(options.dataDir, 'evals'),
      openAiApiKey: process.env.SWITCHBOARD_OPENAI_API_KEY ?? process.env.OPENAI_API_KEY,
      log,
    },
    cacheRebuilt: rebuilt ? { at: rebuilt.at, movedTo: rebuilt.movedTo, reason: rebuilt.reason } : null,
    provider: {
      keys: options.providerKeys ?? providerKeyFile(join(options.dataDir, PROVIDER_KEY_FILE)),
      startup: options.translation ?? null,
      // The console's autopilot runs the routed engine with this provider, or the built-in engine without one.
      ...(autopilot ? { onEndpoint: (endpoint) => autopilot.useProvider(autopilotProviderOf(endpoint)) } : {}),
    },
    ...(autopilotStage.stage ? { autopilotStage: () => autopilotStage.stage ?? 'failed' } : {}),
  });
  // Stopped before the local cache closes: the autopilot may still print a stage line while it is being stopped.
  running.add(
    'autopilot stage follower',
    autopilotStage.onChange(() => service.notifyStatusChanged()),
  );
  session.manager.start();
  running.add('session', () => session.manager.stop());
  sync.start();
  running.add('sync engine', () => sync.stop());
  running.add('presence heartbeats', () => presence.stop());
  running.add('evaluation runs', () => service.stopEvals());

  if (demoTenant && (options.seedDemo ?? true) && meta.get(DEMO_SEEDED) === null) {
    const admin = new QueueClient({ baseUrl: queueUrl, token: demoTenant.tokens.admin });
    // The demo tenant's seed folder (resources/tenants/<id>/) holds the tickets its customers write in.
    const tickets = loadDemoTickets(options.resourcesDir, demoTenant.tenantId);
    const ratings = await seedDemoTickets(admin, tickets);
    meta.set(DEMO_SEEDED, new Date().toISOString());
    log(
      tickets.length > 0
        ? `Seeded ${tickets.length} demo tickets for the demo tenant ${demoTenant.tenantId}.`
        : `The demo tenant ${demoTenant.tenantId} has no demo tickets: its inbox starts empty.`,
    );
    // Their customers rate them (CSAT) as the AI or an agent closes them.
    const demoRater = startDemoRater(admin, ratings, { log });
    running.add('demo customers', () => demoRater.stop());
  }

  return {
    api: service,
    queueUrl,
    autopilotReady,
    stop: () => running.stopAll(),
  };
}
