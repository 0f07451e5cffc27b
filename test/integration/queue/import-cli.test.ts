import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../../../server/cli-args.js';
import { runImportCommand, type ImportIo } from '../../../server/import/import-cli.js';
import { SqliteQueueStore } from '../../../server/storage/sqlite-queue-store.js';
import { writeZendeskExport } from '../../fixtures/zendesk/zendesk-export.js';
import { runToExit } from '../../helpers/run-to-exit.js';
import { tempDirForEachTest } from '../../helpers/temp-dir.js';

/** `npm run queue -- import ...` on a real SQLite file: the command, its flags, its report and its exit code. */
const tempDir = tempDirForEachTest('switchboard-import-cli-');

async function database(): Promise<string> {
  const db = join(tempDir(), 'queue.sqlite');
  const store = SqliteQueueStore.open(db);
  await store.createTenant({ id: 'acme', name: 'Acme' }, []);
  await store.close();
  return db;
}

/** `import tickets` of a file into the test database's tenant. */
function importTickets(db: string, file: string): string[] {
  return ['import', 'tickets', '--db', db, '--tenant', 'acme', '--zendesk', file];
}

function io(extra: Partial<ImportIo> = {}): ImportIo & { lines: string[]; drawn: string[] } {
  const lines: string[] = [];
  const drawn: string[] = [];
  return {
    lines,
    drawn,
    out: (line) => lines.push(line),
    progress: { isTTY: false, write: (text: string) => drawn.push(text) },
    ...extra,
  };
}

describe('npm run queue -- import', () => {
  it('refuses a wrong command line with the reason and the usage, before touching the database', async () => {
    const db = await database();
    const files = writeZendeskExport(tempDir(), 3);
    const refusals: [string[], RegExp][] = [
      [['import', 'users', '--db', db, '--tenant', 'acme'], /^Unknown command "import users"\. Usage: /],
      [['import', 'tickets', '--db', db], /^--tenant ID is required/],
      [['import', 'tickets', '--db', db, '--tenant', 'acme'], /^--zendesk FILE is required/],
      [
        ['import', 'tickets', '--db', db, '--tenant', 'nobody', '--zendesk', files.tickets],
        /^There is no tenant "nobody"/,
      ],
      [
        ['import', 'tickets', '--db', db, '--tenant', 'acme', '--zendesk', files.tickets, '--batch', '0'],
        /^--batch must be/,
      ],
      [
        ['import', 'tickets', '--db', db, '--tenant', 'acme', '--zendesk', files.tickets, '--queue', 'none'],
        /^Tenant acme has no queue "none"/,
      ],
      [
        ['import', 'tickets', '--db', db, '--tenant', 'acme', '--zendesk', join(tempDir(), 'missing.jsonl')],
        /missing\.jsonl is not a file/,
      ],
      [['import', 'articles', '--db', db, '--tenant', 'acme'], /^Give one of --markdown DIR or --zendesk FILE/],
      [['import', 'articles', '--db', db, '--tenant', 'acme', '--zendesk', files.tickets], /is not JSON/],
    ];
    for (const [argv, message] of refusals) {
      const error = await runImportCommand(argv, io()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CliUsageError);
      expect((error as Error).message).toMatch(message);
    }
  });

  it('imports tickets with a progress line per tenth and a JSON report; Ctrl-C stops it with exit 130 and the next run finishes', async () => {
    const db = await database();
    const files = writeZendeskExport(tempDir(), 300);
    const stop = new AbortController();
    stop.abort();
    const first = io({ signal: stop.signal });
    const argv = [...importTickets(db, files.tickets), '--batch', '100', '--json'];
    expect(await runImportCommand(argv, first)).toBe(130);
    expect(JSON.parse(first.lines.at(-1) ?? '')).toMatchObject({
      finished: false,
      lineNumber: 100,
      counts: { created: 100 },
    });

    const second = io();
    expect(await runImportCommand(argv, second)).toBe(0);
    const report = JSON.parse(second.lines.at(-1) ?? '') as { ended: string; counts: { created: number } };
    expect(report).toMatchObject({
      finished: true,
      lineNumber: 300,
      ended: 'finished at line 300 (continued after line 100)',
      counts: { created: 300 },
    });
    expect(second.drawn.at(-1)).toMatch(/^300\/300 lines \(100%\), \d+\/s, ETA 0:00\n$/);
  });

  it('imports articles from a Markdown folder and prints the report as text', async () => {
    const db = await database();
    const dir = join(tempDir(), 'kb');
    mkdirSync(dir);
    writeFileSync(join(dir, 'hello.md'), '# Hello\n\nWorld\n');
    writeFileSync(join(dir, 'bad.md'), 'no title\n');
    const run = io();
    expect(
      await runImportCommand(
        ['import', 'articles', '--db', db, '--tenant', 'acme', '--markdown', dir, '--language', 'de'],
        run,
      ),
    ).toBe(0);
    expect(run.lines).toEqual([
      'Import of articles: finished',
      '  created 1, updated 0, unchanged 0 (imported before), skipped 1; 1 language versions written',
      '  skipped bad.md: it has no title (front matter "title:" or a "# " heading)',
    ]);
  });

  it('runs as a real process: progress on stderr, the report on stdout', async () => {
    const db = await database();
    const files = writeZendeskExport(tempDir(), 50);
    const run = await runToExit('server/cli.ts', importTickets(db, files.tickets));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Import of tickets: finished at line 50\n  created 50, updated 0, unchanged 0 (imported before), skipped 0; ' +
        `${/(\d+) messages written/.exec(run.stdout)?.[1]} messages written\n`,
    );
    expect(run.stderr).toMatch(/^50\/50 lines \(100%\)/m);
  });
});
