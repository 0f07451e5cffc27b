import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { consoleMethods } from '../../../shared/api/console-contract.js';

/**
 * Issue 14: a console method is named in at most three source files, the contract, its handler and its caller.
 * The plumbing in between (preload bridge, guard, HTTP client, IPC, browser host, console service) is built by
 * mapping over the contract's one list and names no method. "Named" means used as a name in code (an
 * identifier): text such as a mutation type 'snooze' or a locale key is another layer's data.
 */
const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
/** Where the product's source lives; tests, benchmarks, scripts and generated output are not counted. */
const SOURCE_FOLDERS = [
  'shared',
  'electron',
  'renderer/src',
  'server',
  'lib',
  'engine',
  'autopilot',
  'evals',
  'channels',
];
/** Translations are data, not code (the history's per-language phrasing included). */
const isLocale = (file: string) => /(^|\/)(locales|history-locales)\//.test(file);

const PLUMBING = [
  'electron/preload/preload.ts',
  'renderer/src/api/guarded-console-api.ts',
  'renderer/src/api/http-console-api.ts',
  'electron/main/ipc-handlers.ts',
  'electron/core/host/browser-host.ts',
  'electron/core/console-service.ts',
  'shared/api/console-dispatch.ts',
  'shared/api/map-console-methods.ts',
];

/** Files where a contract method's name means another layer's own thing of that name, and what it is there. */
interface Homonym {
  files: RegExp;
  what: string;
}
const QUEUE_MUTATION: Homonym = { files: /^(shared\/mutations|server)\//, what: 'the queue mutation of that type' };
const QUEUE_RULES_API: Homonym = { files: /^(server|lib\/queue-client|autopilot)\//, what: "the queue's rules API" };
const QUEUE_SETTINGS_API: Homonym = {
  files: /^(server|lib\/queue-client|autopilot|electron\/core\/demo-shop)\//,
  what: "the queue's settings API (its routes, store and client; the demo shop saves its widget's origin with it)",
};
/** The renderer controller's action on the open ticket, which buttons and keys call (it calls the API itself). */
const CONTROLLER_ACTION: Homonym = {
  files: /^renderer\/src\/(components|keyboard|bulk)\//,
  what: "the controller's action of that name, called by buttons and keys (and the bulk bar's keys)",
};
/**
 * Issue 19: a bulk action runs each selected ticket through the single-ticket action of that name, so each ticket is
 * its own change (electron/core/console/bulk-handlers.ts calls the ticket actions' handlers, not the API).
 */
const BULK_ACTION: Homonym = {
  files: /^electron\/core\/console\/bulk-handlers\.ts$/,
  what: 'the single-ticket action a bulk action runs for each selected ticket',
};
/** Issue 19: the queue's collaboration API keeps the console's names (its routes, store and client). */
const QUEUE_COLLABORATION_API: Homonym = {
  files: /^(server|lib\/queue-client)\/|^electron\/core\/console-core\.ts$/,
  what: "the queue's people, presence and merge API (routes, store, client; console-core wires the client in)",
};
/**
 * Issue 18: the queue's people API keeps the console's names (its routes, admin functions, store and client), and the
 * console core's session manager, which the identity service hands sign-in to, is that API's one caller.
 */
const QUEUE_IDENTITY_API: Homonym = {
  files: /^(server|lib\/queue-client)\/|^electron\/core\/identity\/session-manager\.ts$/,
  what: "the queue's people API (routes, admin functions, store, client) and the core's session manager calling it",
};
/** The sign-in screen's model, whose actions the screen's buttons, the header's menu and the keys call. */
const SIGN_IN_ACTION: Homonym = {
  files: /^renderer\/src\/(identity\/(SignInScreen|SessionMenu)\.tsx$|keyboard\/)/,
  what: "the sign-in model's action of that name, called by buttons and keys",
};
const both = (a: Homonym, b: Homonym): Homonym => ({
  files: new RegExp(`${a.files.source}|${b.files.source}`),
  what: `${a.what}; ${b.what}`,
});

/**
 * A store method that merely shares a console name is renamed instead (InboxQueries.recordSeen, not markRead;
 * TicketCache.deleteUnsent, not dismissUnsent). These stay: they are other layers' own names.
 */
const HOMONYMS: Partial<Record<keyof typeof consoleMethods, Homonym>> = {
  getTicket: {
    files: /./,
    what: 'every layer reads one ticket by this name: the local cache, the queue store, the queue client',
  },
  getTicketHistory: {
    files: /^(lib\/queue-client\/|electron\/core\/console-core\.ts$)/,
    what: "the queue client's history request",
  },
  getRules: QUEUE_RULES_API,
  saveRules: QUEUE_RULES_API,
  saveSetting: QUEUE_SETTINGS_API,
  deleteSetting: QUEUE_SETTINGS_API,
  snooze: both(both(QUEUE_MUTATION, CONTROLLER_ACTION), BULK_ACTION),
  reassign: both(QUEUE_MUTATION, CONTROLLER_ACTION),
  handback: both(QUEUE_MUTATION, CONTROLLER_ACTION),
  addNote: CONTROLLER_ACTION,
  assignToMe: both(CONTROLLER_ACTION, BULK_ACTION),
  sendReply: BULK_ACTION,
  setTags: BULK_ACTION,
  listPeople: QUEUE_COLLABORATION_API,
  setPresence: QUEUE_COLLABORATION_API,
  mergeTickets: QUEUE_COLLABORATION_API,
  undoMerge: QUEUE_COLLABORATION_API,
  dismissUnsent: CONTROLLER_ACTION,
  signInWithPassword: QUEUE_IDENTITY_API,
  startSso: both(QUEUE_IDENTITY_API, SIGN_IN_ACTION),
  signOut: both(QUEUE_IDENTITY_API, SIGN_IN_ACTION),
  listUsers: QUEUE_IDENTITY_API,
  createUser: QUEUE_IDENTITY_API,
  updateUser: QUEUE_IDENTITY_API,
  listApiTokens: QUEUE_IDENTITY_API,
  createApiToken: QUEUE_IDENTITY_API,
  rotateApiToken: QUEUE_IDENTITY_API,
  revokeApiToken: QUEUE_IDENTITY_API,
  retryDelivery: {
    files: /^server\//,
    what: "the queue store's operation that puts a failed reply back in the outbox",
  },
};

function sourceFiles(): string[] {
  return SOURCE_FOLDERS.flatMap((folder) =>
    readdirSync(join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
      .map((file) => join(folder, file).replaceAll('\\', '/'))
      .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts') && !isLocale(file)),
  );
}

/** The identifiers a file uses (names in code; strings and comments are left out). */
function identifiersOf(file: string): Set<string> {
  const text = readFileSync(join(repoRoot, file), 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** For each console method, the source files that name it. */
function mentions(): Map<string, string[]> {
  const files = sourceFiles().map((file) => ({ file, names: identifiersOf(file) }));
  return new Map(
    Object.keys(consoleMethods).map((method) => [
      method,
      files.filter(({ names }) => names.has(method)).map(({ file }) => file),
    ]),
  );
}

describe('console method mentions', () => {
  const byMethod = mentions();

  it('finds every method in the contract and in some handler or caller (the scan reads the sources)', () => {
    for (const [method, files] of byMethod) expect(files.length, method).toBeGreaterThanOrEqual(2);
  });

  it('names no method in the plumbing: it maps over the contract', () => {
    const inPlumbing = [...byMethod].flatMap(([method, files]) =>
      files.filter((file) => PLUMBING.includes(file)).map((file) => `${method} in ${file}`),
    );
    expect(inPlumbing).toEqual([]);
  });

  it('names each method in at most three source files: the contract, its handler and its caller', () => {
    const tooMany = [...byMethod].flatMap(([method, files]) => {
      const homonym = HOMONYMS[method as keyof typeof consoleMethods];
      const ours = homonym ? files.filter((file) => !homonym.files.test(file)) : files;
      return ours.length > 3 ? [`${method}: ${ours.join(', ')}`] : [];
    });
    expect(tooMany).toEqual([]);
  });

  it('keeps each homonym to its other layer', () => {
    for (const [method, homonym] of Object.entries(HOMONYMS)) {
      const elsewhere = (byMethod.get(method) ?? []).filter((file) => homonym.files.test(file));
      expect(elsewhere.length, `${method}: ${homonym.what}`).toBeGreaterThan(0);
    }
  });
});
