// Only light modules are imported up front: the queue, the autopilot and the renderer build start before the console's
// own code (console-runtime.ts, the browser host) is loaded, which takes a second or two.
import { resolve } from 'node:path';
import { CONSOLE_ROLES, type ConsoleRole } from '../console-roles.js';
import type { ConsoleRuntimeOptions } from '../console-runtime.js';
import { startRuntimeChildren } from '../runtime-children.js';
import { readQueueTokens, tokensOfTenant, type QueueTokensFile } from '../../../lib/embedded-queue.js';
import { Disposables } from '../../../lib/disposables.js';
import { RENDERER_DIST_DIR, RESOURCES_DIR } from '../../../lib/paths.js';
import {
  booleanFlags,
  embeddingsModelFlag,
  exitWithUsage,
  onShutdown,
  parseCliArgs,
  parsePort,
  stringFlags,
} from '../../../lib/cli-support.js';
import { buildRenderer } from './renderer-build.js';
import { SESSION_SECRET_FILE } from '../identity/session-secret-file.js';

const USAGE = `Usage: npm run serve -- [--port N] [--shop-port N] [--data-dir DIR] [--no-autopilot] [--no-demo]
                         [--queue URL (--tokens-file FILE | --queue-token T | --tenant ID)]
                         [--role agent|lead|admin] [--tenant ID] [--openai-base-url URL --openai-model M
                         [--openai-embeddings-model E]]

Runs the console in browser mode on 127.0.0.1: the console host, and unless --queue is given an
embedded central queue with the demo tenants and the built-in AI autopilot. The console shows the
tenant of its token: its name, queues, macros and articles as the queue holds them.
With --queue URL --tenant ID and no token the console is signed in: its person signs in on the console's
sign-in screen (email and password, or the tenant's identity provider) and works under their own name
and role; the session is remembered in DIR/session.json (readable by you only) until Sign out.
  --port N            port of the console host (default 4173; 0 picks a free one)
  --shop-port N       port of the demo shop, the tenant's website with its chat widget, where you play the
                      customer (default 4174, or a free one with --port 0); printed as "Customer chat: URL"
  --data-dir DIR      where every file is written (default ./.data/console)
  --queue URL         use this central queue instead of the embedded one
  --tokens-file FILE  the queue's tokens file (agent token for the console, autopilot token for the AI)
  --queue-token T     the console's token for --queue (no autopilot unless --autopilot-token)
  --queue URL --tenant ID  without a token: people sign in to tenant ID on the console (no autopilot unless
                      --autopilot-token); the identity provider sends the browser back to
                      http://127.0.0.1:<port>/auth/callback (register it as a redirect URI)
  --autopilot-token T run an autopilot against --queue with this token
  --model-cache DIR   where the trained intent model is cached (default DIR/model-cache of --data-dir)
  --no-autopilot      do not run the AI autopilot in this process
  --no-demo           do not seed the demo tickets into the embedded queue, nor serve the demo shop
  --build-renderer    build the renderer (vite build) while the queue and the AI start, unless it is built from
                      the sources as they are (npm run serve does; npm ci builds it)
  --role agent|lead|admin  whose console this is (default agent): a lead's console uses the lead token and
                      shows the Dashboard, Review sample and Rules tabs, an admin's also the tenant's settings;
                      with --tokens-file it picks that token
  --tenant ID         start the console (and its autopilot) on this demo tenant with its tokens, of the
                      embedded queue or of --tokens-file (default: the first demo tenant there)
  --openai-base-url URL  an OpenAI-compatible endpoint: it translates tickets and replies, and the console's autopilot
                         runs the routed engine with it (built-in engine first, then the model, by the tenant's routing
                         policy); a provider set later under Settings restarts the autopilot with it
  --openai-model M       its model; the key comes from OPENAI_API_KEY (local servers need none). Without these
                         the provider saved under Settings, AI provider is used (DIR/ai-provider-key.json holds its key)
  --openai-embeddings-model E  optional: the endpoint's embeddings model (e.g. text-embedding-3-small); the autopilot
                         then ranks the tenant's articles by meaning too, besides full text (vectors kept in --model-cache)`;

const { values } = parseCliArgs(
  {
    ...stringFlags('port', 'data-dir', 'queue', 'tokens-file', 'queue-token', 'autopilot-token', 'model-cache'),
    ...stringFlags('role', 'tenant', 'openai-base-url', 'openai-model', 'openai-embeddings-model', 'shop-port'),
    ...booleanFlags('no-autopilot', 'no-demo', 'build-renderer', 'help'),
  },
  USAGE,
);
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const port = parsePort(values.port, 4173, USAGE);
const shopPort = parsePort(values['shop-port'], port === 0 ? 0 : 4174, USAGE, '--shop-port');
const role = values.role ?? 'agent';
if (!isConsoleRole(role)) exitWithUsage(`--role must be one of ${CONSOLE_ROLES.join(', ')}, not "${role}".`, USAGE);
if (values.tenant && values['queue-token'])
  exitWithUsage(
    '--tenant picks a demo tenant of the embedded queue or of --tokens-file, or the tenant to sign in to; a --queue-token names its own.',
    USAGE,
  );
// Signed in: a queue, a tenant and no token; the person's role comes from their account.
const signIn = Boolean(values.queue && values.tenant && !values['tokens-file'] && !values['queue-token']);
if (signIn && values.role)
  exitWithUsage('--role picks a demo token; a signed-in console works in the role of the person signed in.', USAGE);
const openAiBaseUrl = values['openai-base-url'];
const openAiModel = values['openai-model'];
if (Boolean(openAiBaseUrl) !== Boolean(openAiModel))
  exitWithUsage('--openai-base-url and --openai-model go together.', USAGE);
const embeddingsModel = embeddingsModelFlag(
  values['openai-embeddings-model'],
  Boolean(openAiModel),
  '--openai-base-url and --openai-model',
  USAGE,
);
const dataDir = resolve(values['data-dir'] ?? '.data/console');
let queueToken = values['queue-token'];
let autopilotToken = values['autopilot-token'];
// The tenant's admin token, with which the demo shop adds its origin to the widget's allowed origins.
let adminToken: string | null = null;
if (values['tokens-file']) {
  if (!values.queue) exitWithUsage('--tokens-file needs --queue.', USAGE);
  const tokens = demoTenantTokens(resolve(values['tokens-file']), values.tenant);
  queueToken ??= tokens[role];
  autopilotToken ??= tokens.autopilot;
  adminToken = tokens.admin;
}
if (values.queue && !queueToken && !signIn)
  exitWithUsage('--queue needs --tokens-file, --queue-token, or --tenant to sign in.', USAGE);

const log = (line: string) => process.stderr.write(`${line}\n`);
// What this command started, stopped in reverse order on Ctrl+C or SIGTERM.
const running = new Disposables();
try {
  // Built while the queue and the AI start: only the console host below needs the files.
  const rendererBuilt = values['build-renderer'] ? buildRenderer() : Promise.resolve();
  rendererBuilt.catch(() => undefined); // awaited below, after the runtime's start
  const options: ConsoleRuntimeOptions & { log: typeof log } = {
    dataDir,
    resourcesDir: RESOURCES_DIR,
    queueUrl: values.queue,
    queueToken,
    autopilotToken,
    autopilot: values['no-autopilot'] ? false : undefined,
    seedDemo: !values['no-demo'],
    role,
    tenant: values.tenant,
    modelCacheDir: values['model-cache'] ? resolve(values['model-cache']) : undefined,
    // Local servers (Ollama, vLLM, llama.cpp) ignore the key; hosted ones need OPENAI_API_KEY.
    // They win over the provider saved in Settings for this run; the key is not stored.
    translation:
      openAiBaseUrl && openAiModel
        ? {
            baseURL: openAiBaseUrl,
            model: openAiModel,
            apiKey: process.env.OPENAI_API_KEY,
            ...(embeddingsModel ? { embeddingsModel } : {}),
          }
        : undefined,
    log,
  };
  const children = startRuntimeChildren(options);
  const [{ startConsoleRuntime }, { startBrowserHost }, { startDemoShop }, { createBrowserSsoReturn }] =
    await Promise.all([
      import('../console-runtime.js'),
      import('../host/browser-host.js'),
      import('../demo-shop/demo-shop.js'),
      import('../host/browser-sso-return.js'),
    ]);
  // The identity provider sends the page back to the host's /auth/callback, which finishes the runtime's sign-in.
  const ssoReturn = signIn ? createBrowserSsoReturn(log) : undefined;
  const runtime = await startConsoleRuntime({ ...options, children, ssoReturn });
  running.add('console runtime', () => runtime.stop());
  await rendererBuilt;
  const host = await startBrowserHost({ api: runtime.api, rendererDir: RENDERER_DIST_DIR, port, ssoReturn });
  running.add('console host', () => host.close());
  log(`Queue: ${runtime.queueUrl}  Data: ${dataDir}`);
  if (signIn) log(signInNotice(values.tenant ?? '', host.url, dataDir));
  process.stdout.write(`Console: ${host.consoleUrl}\n`);
  const embedded = await children.embeddedStart;
  // The tenant's admin token lets the shop allow its own origin; the console's token only reads the widget.
  const shopToken = embedded ? tokensOfTenant(embedded.tokens, values.tenant).tokens.admin : (adminToken ?? queueToken);
  if (!values['no-demo'] && shopToken) {
    const shop = await startDemoShop({
      port: shopPort,
      queueUrl: runtime.queueUrl,
      token: shopToken,
      resourcesDir: RESOURCES_DIR,
    });
    if (shop.served) {
      running.add('demo shop', () => shop.close());
      process.stdout.write(`Customer chat: ${shop.url}\n`);
      if (shop.warning) log(`Customer chat: ${shop.warning}.`);
    } else log(`Customer chat: not served, ${shop.reason}.`);
  }
  // The retail demo's tools are its shop's HTTP API (its seed's tool_api names 127.0.0.1:4791): served beside a
  // console on the retail tenant, so its autopilot's model can call them.
  const retailApi =
    !values['no-demo'] && values.tenant !== undefined
      ? await import('../../../examples/retail-api/retail-api-server.js')
      : null;
  if (retailApi && values.tenant === retailApi.RETAIL_TENANT_ID) {
    try {
      const shopApi = await retailApi.startRetailApi({ port: retailApi.RETAIL_API_DEFAULT_PORT });
      running.add('retail shop API', () => shopApi.close());
      log(`Retail shop API: ${shopApi.baseUrl}`);
    } catch (error) {
      log(`Retail shop API: not served (${error instanceof Error ? error.message : String(error)}).`);
    }
  }
  onShutdown(() => running.stopAll());
} catch (error) {
  process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

/** What a signed-in console's first run says: where to sign in, what to register at the provider, what is kept. */
function signInNotice(tenant: string, hostUrl: string, data: string): string {
  return [
    `Sign-in: open the console below and sign in to tenant ${tenant} (email and password, or the identity provider).`,
    `  The identity provider sends you back to ${hostUrl}auth/callback: register it as a redirect URI of the client.`,
    `  The session is remembered in ${resolve(data, SESSION_SECRET_FILE)} (readable by you only) until you sign out.`,
  ].join('\n');
}

function isConsoleRole(role: string): role is ConsoleRole {
  return (CONSOLE_ROLES as readonly string[]).includes(role);
}

/** One demo tenant's tokens from a queue's tokens file; an unknown tenant or unreadable file ends with usage. */
function demoTenantTokens(file: string, tenant: string | undefined): QueueTokensFile['tokens'] {
  try {
    return tokensOfTenant(readQueueTokens(file), tenant).tokens;
  } catch (error) {
    return exitWithUsage(error instanceof Error ? error.message : String(error), USAGE);
  }
}
