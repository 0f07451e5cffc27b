import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../../helpers/child-process.js';

/**
 * PostgreSQL for tests. SWITCHBOARD_TEST_PG_URL points at a running server (CI starts one); without it a
 * throwaway server is started from Debian's binaries in a temp dir, as the `postgres` user when we are
 * root (PostgreSQL refuses to run as root). When neither is possible the PostgreSQL tests are skipped
 * with the reason printed -- unless SWITCHBOARD_REQUIRE_PG=1, where that is a failure.
 */
export interface TestPostgres {
  /** A URL to a fresh, empty database of its own. */
  createDatabase(): Promise<{ url: string; drop(): Promise<void> }>;
  stop(): Promise<void>;
}

export type TestPostgresResult = { ok: true; pg: TestPostgres } | { ok: false; reason: string };

export async function startTestPostgres(): Promise<TestPostgresResult> {
  const external = process.env.SWITCHBOARD_TEST_PG_URL;
  if (external) return { ok: true, pg: serverAt(external, async () => undefined) };
  const result = await startLocalServer();
  if (!result.ok && process.env.SWITCHBOARD_REQUIRE_PG === '1') {
    throw new Error(`SWITCHBOARD_REQUIRE_PG=1 but no PostgreSQL could be started: ${result.reason}`);
  }
  if (!result.ok) console.log(`PostgreSQL tests skipped: ${result.reason}`);
  return result;
}

function serverAt(baseUrl: string, stopServer: () => Promise<void>): TestPostgres {
  /** Runs one statement on the server's own database, over a connection of its own. */
  const query = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    async createDatabase() {
      const name = `sb_test_${randomBytes(6).toString('hex')}`;
      await query(`CREATE DATABASE ${name}`);
      const url = new URL(baseUrl);
      url.pathname = `/${name}`;
      return { url: url.toString(), drop: () => query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
    },
    stop: stopServer,
  };
}

function findBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((entry) => existsSync(join(root, entry, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

async function startLocalServer(): Promise<TestPostgresResult> {
  const bin = findBinDir();
  if (!bin)
    return {
      ok: false,
      reason:
        'no SWITCHBOARD_TEST_PG_URL and no PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql)',
    };
  const isRoot = process.getuid?.() === 0;
  if (isRoot && spawnSync('id', ['-u', 'postgres']).status !== 0) {
    return { ok: false, reason: 'running as root and there is no "postgres" user to run the server as' };
  }
  const as = (command: string, args: string[]) =>
    isRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
      : spawnSync(command, args, { encoding: 'utf8' });

  const dir = mkdtempSync(join(tmpdir(), 'switchboard-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  if (isRoot) spawnSync('chown', ['postgres', dir]);
  const initOptions = '-U postgres --auth=trust --no-sync -E UTF8 --locale=C'.split(' ');
  const init = as(join(bin, 'initdb'), ['-D', data, ...initOptions]);
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { ok: false, reason: `initdb failed: ${init.stderr.trim()}` };
  }
  const port = await freePort();
  const options = `-h 127.0.0.1 -p ${port} -k ${dir} -F -c max_connections=200 -c synchronous_commit=off`;
  const started = as(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-o',
    options,
    '-w',
    '-t',
    '60',
    'start',
  ]);
  if (started.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { ok: false, reason: `pg_ctl start failed: ${started.stderr.trim() || started.stdout.trim()}` };
  }
  const stop = async (): Promise<void> => {
    as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };
  return { ok: true, pg: serverAt(`postgres://postgres@127.0.0.1:${port}/postgres`, stop) };
}
