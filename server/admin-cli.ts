import { OwnerQueueSchema } from '../shared/api/queue-contract.js';
import { readTenantSeed, type TenantSeed } from '../lib/tenant-seed/tenant-seed.js';
import { describeSeedReport, seedTenant } from './tenant-seeding.js';
import { stringFlags } from '../lib/cli-support.js';
import { ADMIN_USAGE as USAGE, CliUsageError, parseFlags } from './cli-args.js';
import { describeDb, openQueueStore } from './storage/open-store.js';
import type { QueueStore } from './storage/queue-store.js';

const TENANT_ID = /^[a-z0-9][a-z0-9_-]{0,62}$/;

/**
 * `tenant create --db DB --id ID --name NAME`, `tenant seed --db DB --tenant ID --from DIR` (seed-files.ts) and
 * `queue create --db DB --tenant ID --id QUEUE --name NAME`. Users and tokens: user-commands.ts, token-commands.ts.
 */
export async function runAdminCommand(argv: readonly string[], out: (line: string) => void): Promise<void> {
  const [noun, verb, ...rest] = argv;
  const known = verb === 'create' || (noun === 'tenant' && verb === 'seed');
  if (!known) throw new CliUsageError(`Unknown command "${[noun, verb].filter(Boolean).join(' ')}". ${USAGE}`);
  const values = parseFlags(rest, stringFlags('db', 'id', 'name', 'tenant', 'from'), USAGE);
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
      `Created tenant ${id} (${name}). Add its people with: npm run queue -- user add --db DB --tenant ${id} --email EMAIL --name NAME --role admin --password-file FILE; give machines (autopilots, integrations) tokens with: npm run queue -- token create --db DB --tenant ${id} --role autopilot`,
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
