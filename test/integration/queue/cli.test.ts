import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { hashToken } from '../../../server/auth/tokens.js';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { nodeArgsFor, QUEUE_ENTRY, REPO_ROOT } from '../../helpers/entry-command.js';
import { intakeBody } from '../../helpers/queue-server.js';
import { runToExit } from '../../helpers/run-to-exit.js';
import { tempDirForAllTests } from '../../helpers/temp-dir.js';

interface Running {
  child: ChildProcess;
  url: string;
  stdout: string[];
  stderr: string[];
}

function start(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [...nodeArgsFor(QUEUE_ENTRY), ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`queue did not start: ${stderr.join(' | ')}`));
    }, 30_000);
    createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => stderr.push(line));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      stdout.push(line);
      const match = /^Queue: (http:\/\/\S+)$/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], stdout, stderr });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`queue exited with ${code}: ${stderr.join(' | ')}`));
    });
  });
}

function stop(running: Running, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  return new Promise((resolve) => {
    running.child.removeAllListeners('exit');
    running.child.once('exit', (code) => resolve(code));
    running.child.kill(signal);
  });
}

/** Runs the CLI to completion; for arguments that must fail before it listens. */
const runCliToExit = (args: string[]) => runToExit('server/cli.ts', args, {}, 30_000);

async function api<T>(url: string, path: string, token: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

interface TokensFile {
  tenantId: string;
  tokens: { agent: string; lead: string; autopilot: string; admin: string };
}

describe('queue CLI', () => {
  const dir = tempDirForAllTests('switchboard-queue-cli-');

  it('starts, prints the Queue line, writes the demo tokens, and a second start reuses the db', async () => {
    const db = join(dir(), 'q.sqlite');
    const tokensFile = join(dir(), 'tokens.json');
    const first = await start(['--db', db, '--port', '0', '--tokens-file', tokensFile]);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(first.url.endsWith(':0')).toBe(false);
    expect(first.stdout).toEqual([`Queue: ${first.url}`]);

    expect(statSync(tokensFile).mode & 0o777).toBe(0o600);
    const tokensText = readFileSync(tokensFile, 'utf8');
    const tokens = JSON.parse(tokensText) as TokensFile;
    expect(tokens.tenantId).toBe('payments');
    expect(Object.keys(tokens.tokens).sort()).toEqual(['admin', 'agent', 'autopilot', 'lead']);
    expect(new Set(Object.values(tokens.tokens)).size).toBe(4);
    const stored = Buffer.concat([
      readFileSync(db),
      existsSync(`${db}-wal`) ? readFileSync(`${db}-wal`) : Buffer.alloc(0),
    ]);
    expect(stored.includes(Buffer.from(hashToken(tokens.tokens.admin)))).toBe(true);
    expect(stored.includes(Buffer.from(tokens.tokens.admin))).toBe(false);

    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    const created = await api<TicketWithMessages>(first.url, '/v1/tickets', tokens.tokens.admin, intakeBody());
    expect(created.status).toBe(201);
    expect(created.body.ticket.tenantId).toBe('payments');
    const forbidden = await api(first.url, '/v1/tickets', tokens.tokens.agent, intakeBody());
    expect(forbidden.status).toBe(403);
    expect(await stop(first)).toBe(0);

    const second = await start(['--db', db, '--port', '0', '--tokens-file', tokensFile]);
    expect(readFileSync(tokensFile, 'utf8')).toBe(tokensText);
    const list = await api<{ tickets: Ticket[] }>(second.url, '/v1/tickets', tokens.tokens.agent);
    expect(list.status).toBe(200);
    expect(list.body.tickets.map((ticket) => ticket.id)).toEqual([created.body.ticket.id]);
    expect(await stop(second, 'SIGINT')).toBe(0);

    // The tenant exists but its tokens file is gone: fresh tokens are issued; the old ones keep working.
    unlinkSync(tokensFile);
    const third = await start(['--db', db, '--port', '0', '--tokens-file', tokensFile]);
    const reissued = JSON.parse(readFileSync(tokensFile, 'utf8')) as TokensFile;
    expect(reissued.tokens.agent).not.toBe(tokens.tokens.agent);
    expect((await api(third.url, '/v1/tickets', reissued.tokens.agent)).status).toBe(200);
    expect((await api(third.url, '/v1/tickets', tokens.tokens.agent)).status).toBe(200);
    expect(await stop(third)).toBe(0);
  });

  it('exits 2 with one line for bad arguments', async () => {
    for (const args of [
      ['--port', '0'],
      ['--db', join(dir(), 'x.sqlite'), '--port', 'abc'],
      ['--db', join(dir(), 'x.sqlite'), '--port', '70000'],
      ['--db', join(dir(), 'x.sqlite'), '--bogus'],
    ]) {
      const result = await runCliToExit(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^queue: /);
    }
  });

  it('exits 2 with one line when the database cannot be opened', async () => {
    const missingDir = await runCliToExit(['--db', join(dir(), 'no-such-dir', 'q.sqlite'), '--port', '0']);
    expect(missingDir.code).toBe(2);
    expect(missingDir.stderr).toMatch(/^queue: cannot open database .*no-such-dir()/);
    expect(missingDir.stderr.trim().split('\n')).toHaveLength(1);

    const garbage = join(dir(), 'garbage.sqlite');
    writeFileSync(garbage, 'this is not a database, just some text that is long enough to look like a header....');
    const notADb = await runCliToExit([
      '--db',
      garbage,
      '--port',
      '0',
      '--tokens-file',
      join(dir(), 'garbage-tokens.json'),
    ]);
    expect(notADb.code).toBe(2);
    expect(notADb.stderr).toMatch(/^queue: cannot open database/);
  });
});
