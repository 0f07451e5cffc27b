import { OwnerQueueSchema, RoleSchema } from '../shared/api/queue-contract.js';
import { readTenantSeed, type TenantSeed } from '../lib/tenant-seed/tenant-seed.js';
import { issueToken } from './auth/tokens.js';
import { describeSeedReport, seedTenant } from './tenant-seeding.js';
import { stringFlags } from '../lib/cli-support.js';
import { ADMIN_USAGE as USAGE, CliUsageError, parseFlags } from './cli-args.js';
import { describeDb, openQueueStore } from './storage/open-store.js';
import type { QueueStore } from './storage/queue-store.js';
import { listTokenLines, revokeByFingerprint, tokenFingerprint } from './token-commands.js';

const TENANT_ID = /^[a-z0-9][a-z0-9_-]{0,62}$/;

/**
 * `tenant create --db DB --id ID --name NAME`, `tenant seed --db DB --tenant ID --from DIR` (seed-files.ts), `queue create --db DB --tenant ID --id QUEUE --name NAME`,
 * `token create --db DB --tenant ID --role R [--name N]`, `token list --db DB --tenant ID` and
 * `token revoke --db DB --tenant ID --fingerprint FP`.
 * A token's plaintext is printed once on stdout and never stored; the store keeps its sha256.
 */
export async function runAdminCommand(argv: readonly string[], out: (line: string) => void): Promise<void> {
  const [noun, verb, ...rest] = argv;
  const known =
    verb === 'create' ||
    (noun === 'token' && (verb === 'list' || verb === 'revoke')) ||
    (noun === 'tenant' && verb === 'seed');
  if (!known) throw new CliUsageError(`Unknown command "${[noun, verb].filter(Boolean).join(' ')}". ${USAGE}`);
  const values = parseFlags(rest, stringFlags('db', 'id', 'name', 'tenant', 'role', 'fingerprint', 'from'), USAGE);
  if (!values.db) throw new CliUsageError(`--db FILE|postgres://URL is required. ${USAGE}`);

  if (noun === 'tenant' && verb === 'seed') {
    const tenantId = values.tenant ?? '';
    if (!tenantId || !values.from) throw new CliUsageError(`--tenant ID and --from DIR are required. ${USAGE}`);
    let seed: TenantSeed;
    try {
      seed = readTenantSeed(values.from);
    } catch (error) {
      throw new CliUsageError(error instanceof Error ? error.message : String(error));
    }
    const report = await withStore(values.db, async (store) => {
      if (!(await store.getTenant(tenantId)))
        throw new CliUsageError(
          `There is no tenant "${tenantId}"; create it with: npm run queue -- tenant create --db DB --id ${tenantId} --name NAME`,
        );
      return seedTenant(store, tenantId, seed, new Date());
    });
    out(`Seeded tenant ${tenantId} from ${values.from}: ${describeSeedReport(report)}.`);
    return;
  }
  if (noun === 'tenant') {
    const id = values.id ?? '';
    if (!TENANT_ID.test(id))
      throw new CliUsageError(
        '--id must be 1-63 lowercase letters, digits, "-" or "_", starting with a letter or digit.',
      );
    const name = values.name?.trim() || id;
    await withStore(values.db, async (store) => {
      if (await store.getTenant(id))
        throw new CliUsageError(`Tenant "${id}" already exists in ${describeDb(values.db ?? '')}.`);
      await store.createTenant({ id, name }, []);
    });
    out(
      `Created tenant ${id} (${name}). Give it tokens with: npm run queue -- token create --db DB --tenant ${id} --role agent`,
    );
    return;
  }
  if (noun === 'queue') {
    const tenantId = values.tenant ?? '';
    if (!tenantId) throw new CliUsageError(`--tenant ID is required. ${USAGE}`);
    const queue = OwnerQueueSchema.safeParse({ id: values.id ?? '', name: values.name?.trim() || values.id || '' });
    if (!queue.success)
      throw new CliUsageError(
        queue.error.issues.map((issue) => `--${String(issue.path[0])}: ${issue.message}`).join(' '),
      );
    await withStore(values.db, async (store) => {
      if (!(await store.getTenant(tenantId)))
        throw new CliUsageError(
          `There is no tenant "${tenantId}"; create it with: npm run queue -- tenant create --db DB --id ${tenantId} --name NAME`,
        );
      if ((await store.listOwnerQueues(tenantId)).some((q) => q.id === queue.data.id)) {
        throw new CliUsageError(`Tenant ${tenantId} already has a queue "${queue.data.id}".`);
      }
      await store.createOwnerQueue(tenantId, queue.data);
    });
    out(`Created queue ${queue.data.id} (${queue.data.name}) for tenant ${tenantId}.`);
    return;
  }
  if (noun === 'token' && verb !== 'create') {
    const tenantId = values.tenant ?? '';
    if (!tenantId) throw new CliUsageError(`--tenant ID is required. ${USAGE}`);
    await withStore(values.db, async (store) => {
      if (!(await store.getTenant(tenantId)))
        throw new CliUsageError(`There is no tenant "${tenantId}" in ${describeDb(values.db ?? '')}.`);
      if (verb === 'list') {
        for (const line of await listTokenLines(store, tenantId)) out(line);
        return;
      }
      if (!values.fingerprint)
        throw new CliUsageError(
          `--fingerprint FP is required (from: npm run queue -- token list --db DB --tenant ${tenantId}). ${USAGE}`,
        );
      const token = await revokeByFingerprint(store, tenantId, values.fingerprint, new Date());
      out(
        `Revoked token ${tokenFingerprint(token.tokenHash)} (${token.role}, "${token.name}") of tenant ${tenantId}; the queue refuses it from its next request on.`,
      );
    });
    return;
  }
  if (noun === 'token') {
    const tenantId = values.tenant ?? '';
    const role = RoleSchema.safeParse(values.role);
    if (!tenantId) throw new CliUsageError(`--tenant ID is required. ${USAGE}`);
    if (!role.success) throw new CliUsageError(`--role must be one of ${RoleSchema.options.join(', ')}.`);
    const { plaintext, record } = issueToken(role.data, values.name?.trim() || `${tenantId} ${role.data}`);
    await withStore(values.db, async (store) => {
      if (!(await store.getTenant(tenantId)))
        throw new CliUsageError(
          `There is no tenant "${tenantId}"; create it with: npm run queue -- tenant create --db DB --id ${tenantId} --name NAME`,
        );
      await store.addTokens(tenantId, [record]);
    });
    out(plaintext);
    process.stderr.write(
      `Token for tenant ${tenantId}, role ${role.data}; it is shown only this once (the queue stores only its hash).\n`,
    );
    return;
  }
  throw new CliUsageError(`Unknown command "${noun ?? ''} ${verb}". ${USAGE}`);
}

/** Opens the database for one command (an unopenable one is a CliUsageError) and closes it after `work`. */
export async function withStore<T>(db: string, work: (store: QueueStore) => Promise<T>): Promise<T> {
  let store: QueueStore;
  try {
    store = await openQueueStore(db);
  } catch (error) {
    throw new CliUsageError(
      `cannot open database ${describeDb(db)}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** withStore for a command about one tenant: a tenant that does not exist is a CliUsageError. */
export async function withTenantStore<T>(
  db: string,
  tenantId: string,
  work: (store: QueueStore) => Promise<T>,
): Promise<T> {
  return withStore(db, async (store) => {
    if (!(await store.getTenant(tenantId)))
      throw new CliUsageError(`There is no tenant "${tenantId}" in ${describeDb(db)}.`);
    return work(store);
  });
}
