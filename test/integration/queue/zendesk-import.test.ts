import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChangesResponse } from '../../../shared/api/queue-contract.js';
import type { Message, Ticket } from '../../../shared/domain/ticket.js';
import { ArticleSettingSchema } from '../../../shared/settings/setting-values.js';
import { saveImportedArticles } from '../../../server/import/article-import.js';
import { defaultStateFile } from '../../../server/import/import-checkpoint.js';
import { markdownArticles } from '../../../server/import/markdown-articles.js';
import { importZendeskTickets, type TicketImportOptions } from '../../../server/import/ticket-import.js';
import { zendeskArticles as readZendeskArticles } from '../../../server/import/zendesk-articles.js';
import { zendeskArticles, zendeskTickets } from '../../fixtures/zendesk/zendesk-export.js';
import type { TestQueue } from '../../helpers/queue-server.js';
import { queueEngines } from './engines.js';

/**
 * Issue 22's import, on a real SQLite file and PostgreSQL: a Zendesk-format export of 1,000 tickets (written by the
 * fixture generator) with broken lines, imported twice, interrupted and resumed, and read back through the feed.
 */
const { engines, stop } = await queueEngines();
afterAll(stop);

const TICKETS = 1_000;
/** Lines that are broken on purpose, by line number, and why the report must say they were skipped. */
const BROKEN = new Map<number, { text: string; reason: RegExp }>([
  [137, { text: '{"id": 77, "status": "open", ', reason: /not JSON/ }],
  [
    400,
    {
      text: '{"id": 78, "status": "sleeping", "requester_id": 1, "created_at": "2026-01-01T00:00:00Z"}',
      reason: /status/,
    },
  ],
  [650, { text: `${'['.repeat(100)}${']'.repeat(100)}`, reason: /nests objects and arrays more than 64 levels/ }],
]);
/** A ticket line whose comment is over the message limit: refused whole, named by its Zendesk id. */
const TOO_LONG_AT = 900;

/** The fixture's 1,000 tickets with the broken lines put in between, as a file; the line of each Zendesk id. */
function writeExport(dir: string): { file: string; total: number; valid: number } {
  const tickets = zendeskTickets(TICKETS);
  const lines: string[] = [];
  let next = 0;
  while (next < tickets.length) {
    const lineNumber = lines.length + 1;
    const broken = BROKEN.get(lineNumber);
    if (broken) lines.push(broken.text);
    else if (lineNumber === TOO_LONG_AT) {
      const ticket = structuredClone(tickets[next++]) as { comments: { body?: string }[] };
      const [first] = ticket.comments;
      if (first) first.body = 'x'.repeat(20_001);
      lines.push(JSON.stringify(ticket));
    } else lines.push(JSON.stringify(tickets[next++]));
  }
  const file = join(dir, 'tickets.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, total: lines.length, valid: TICKETS - 1 };
}

function importOptions(queue: TestQueue, file: string, extra: Partial<TicketImportOptions> = {}): TicketImportOptions {
  return {
    store: queue.store,
    tenantId: queue.tenantId,
    file,
    db: `test ${queue.dir}`,
    stateFile: defaultStateFile(file),
    ownerQueue: null,
    batchSize: 250,
    progress: null,
    ...extra,
  };
}

/** The whole feed, page by page, through GET /v1/changes. */
async function wholeFeed(
  queue: TestQueue,
): Promise<{ tickets: Map<string, Ticket>; messages: Message[]; cursor: number }> {
  const tickets = new Map<string, Ticket>();
  const messages: Message[] = [];
  let since = 0;
  for (;;) {
    const page = await queue.call<ChangesResponse>('GET', `/v1/changes?since=${since}&limit=5000`, {
      token: queue.tokens.agent,
    });
    expect(page.status).toBe(200);
    for (const ticket of page.body.tickets) tickets.set(ticket.id, ticket);
    messages.push(...page.body.messages);
    since = page.body.cursor;
    if (!page.body.hasMore) return { tickets, messages, cursor: since };
  }
}

for (const engine of engines) {
  describe(`import from Zendesk (${engine.name})`, () => {
    it('imports 1,000 tickets with their messages; broken lines are reported by number; importing again creates nothing', async () => {
      const queue = await engine.start();
      try {
        const { file, total, valid } = writeExport(queue.dir);
        const first = await importZendeskTickets(importOptions(queue, file));
        expect(first.finished).toBe(true);
        expect(first.lineNumber).toBe(total);
        expect(first.report.counts).toMatchObject({
          created: valid,
          updated: 0,
          unchanged: 0,
          skipped: BROKEN.size + 1,
        });
        const problems = new Map(first.report.problems.map((problem) => [problem.where, problem]));
        for (const [line, broken] of BROKEN) expect(problems.get(`line ${line}`)?.reason).toMatch(broken.reason);
        expect(problems.get(`line ${TOO_LONG_AT}`)?.reason).toMatch(/20,001 characters, more than 20,000/);
        expect(problems.get(`line ${TOO_LONG_AT}`)?.externalId).toMatch(/^Zendesk #\d+$/);
        expect(existsSync(defaultStateFile(file))).toBe(false);

        const fed = await wholeFeed(queue);
        expect(fed.tickets.size).toBe(valid);
        expect(fed.messages).toHaveLength(first.report.counts.parts);
        const stats = await queue.store.stats(queue.tenantId);

        const second = await importZendeskTickets(importOptions(queue, file));
        expect(second.report.counts).toMatchObject({
          created: 0,
          updated: 0,
          unchanged: valid,
          skipped: BROKEN.size + 1,
          parts: 0,
        });
        expect(await queue.store.stats(queue.tenantId)).toEqual(stats);
        expect(await queue.store.currentCursor(queue.tenantId)).toBe(fed.cursor);
      } finally {
        await queue.close();
      }
    });

    it('the feed has each ticket with its messages, authors, kinds, original times and status', async () => {
      const queue = await engine.start();
      try {
        const source = zendeskTickets(30);
        const file = join(queue.dir, 'few.jsonl');
        writeFileSync(file, source.map((ticket) => JSON.stringify(ticket)).join('\n'));
        const outcome = await importZendeskTickets(importOptions(queue, file, { batchSize: 7 }));
        expect(outcome.report.counts.created).toBe(30);

        const fed = await wholeFeed(queue);
        const bySubjectTime = new Map([...fed.tickets.values()].map((ticket) => [ticket.createdAt, ticket]));
        const statusOf = {
          solved: 'resolved',
          closed: 'resolved',
          pending: 'pending',
          open: 'escalated',
          new: 'escalated',
          hold: 'escalated',
        };
        for (const zendesk of source) {
          const ticket = bySubjectTime.get(new Date(zendesk.created_at).toISOString());
          expect(ticket?.subject).toBe(zendesk.subject);
          expect(ticket?.status).toBe(statusOf[zendesk.status]);
          expect(ticket?.humanTouched).toBe(true);
          const requester = zendesk.users[0];
          expect(ticket?.customer).toMatchObject({ id: requester?.email, name: requester?.name });
          expect(ticket?.language).toBe(requester?.locale?.split('-')[0]);
          const messages = fed.messages.filter((message) => message.ticketId === ticket?.id);
          expect(
            messages.map((message) => [message.createdAt, message.author, message.kind, message.authorName]),
          ).toEqual(
            zendesk.comments.map((comment) => [
              new Date(comment.created_at).toISOString(),
              comment.author_id === zendesk.requester_id ? 'customer' : 'agent',
              comment.public ? 'reply' : 'note',
              zendesk.users.find((user) => user.id === comment.author_id)?.name,
            ]),
          );
          for (const [index, comment] of zendesk.comments.entries()) {
            const text = messages[index]?.text ?? '';
            if (comment.body) expect(text).toBe(comment.body);
            else expect(text).not.toMatch(/<\/?p>|<strong>/);
          }
          // The ticket's own history says where it came from.
          if (ticket && zendesk.id === 1001) {
            const history = await queue.store.ticketHistory(queue.tenantId, ticket.id);
            expect(
              history?.map((record) => [
                record.action,
                (JSON.parse(record.inputsJson) as { externalId: string }).externalId,
              ]),
            ).toEqual([['ticket_imported', '1001']]);
          }
        }
      } finally {
        await queue.close();
      }
    });

    it('an interrupted import continues where it stopped and creates every ticket once', async () => {
      const queue = await engine.start();
      try {
        const { file, valid } = writeExport(queue.dir);
        const stopNow = new AbortController();
        stopNow.abort();
        const interrupted = await importZendeskTickets(
          importOptions(queue, file, { batchSize: 100, signal: stopNow.signal }),
        );
        expect(interrupted.finished).toBe(false);
        expect(interrupted.report.counts.created).toBe(100);
        const state = JSON.parse(readFileSync(defaultStateFile(file), 'utf8')) as { lineNumber: number };
        expect(state.lineNumber).toBe(interrupted.lineNumber);
        expect((await wholeFeed(queue)).tickets.size).toBe(100);

        const resumed = await importZendeskTickets(importOptions(queue, file, { batchSize: 100 }));
        expect(resumed.finished).toBe(true);
        expect(resumed.resumedAfterLine).toBe(interrupted.lineNumber);
        // The counts and problems carry over: the finished report covers the whole file.
        expect(resumed.report.counts).toMatchObject({ created: valid, unchanged: 0, skipped: BROKEN.size + 1 });
        expect(resumed.report.problems.map((problem) => problem.where)).toEqual(
          [...BROKEN.keys(), TOO_LONG_AT].sort((a, b) => a - b).map((line) => `line ${line}`),
        );
        expect((await wholeFeed(queue)).tickets.size).toBe(valid);
      } finally {
        await queue.close();
      }
    });

    it('a ticket that changed in Zendesk gets its new comments on the next import, and keeps changes made in the queue', async () => {
      const queue = await engine.start();
      try {
        const [ticket] = zendeskTickets(1);
        if (!ticket) throw new Error('no fixture ticket');
        const file = join(queue.dir, 'one.jsonl');
        writeFileSync(file, JSON.stringify({ ...ticket, status: 'open' }));
        await importZendeskTickets(importOptions(queue, file));
        const later = {
          ...ticket,
          status: 'solved',
          comments: [
            ...ticket.comments,
            {
              id: 999_999,
              author_id: 9001,
              body: 'Closing this one.',
              public: true,
              created_at: '2026-02-01T00:00:00Z',
            },
          ],
        };
        writeFileSync(file, JSON.stringify(later));
        const again = await importZendeskTickets(importOptions(queue, file));
        expect(again.report.counts).toMatchObject({ created: 0, updated: 1, parts: 1 });
        const [stored] = await queue.store.listTickets(queue.tenantId, { limit: 5 });
        expect(stored?.status).toBe('resolved');
        const withMessages = await queue.store.getTicket(queue.tenantId, stored?.id ?? '');
        expect(withMessages?.messages.at(-1)).toMatchObject({
          text: 'Closing this one.',
          createdAt: '2026-02-01T00:00:00.000Z',
        });
        const history = await queue.store.ticketHistory(queue.tenantId, stored?.id ?? '');
        expect(history?.map((record) => record.action)).toEqual(['ticket_imported', 'ticket_import_updated']);
      } finally {
        await queue.close();
      }
    });

    it('imports Help Center articles and a Markdown folder as article settings, again without copies', async () => {
      const queue = await engine.start();
      try {
        const actor = { name: 'import', role: 'system' };
        const first = await saveImportedArticles(
          queue.store,
          queue.tenantId,
          readZendeskArticles(zendeskArticles()),
          actor,
        );
        expect(first.counts).toMatchObject({ created: 4, updated: 0, unchanged: 0, skipped: 0, parts: 7 });

        const dir = join(queue.dir, 'kb');
        mkdirSync(join(dir, 'billing'), { recursive: true });
        writeFileSync(
          join(dir, 'billing', 'refunds.md'),
          '---\ntitle: Refunds\nintents: [request_refund]\n---\nWithin **5** days.\n',
        );
        writeFileSync(join(dir, 'billing', 'refunds.de.md'), '# Erstattungen\n\nInnerhalb von 5 Tagen.\n');
        writeFileSync(join(dir, 'broken.md'), '---\ntitle: Broken\nstatus: maybe\n---\nBody\n');
        writeFileSync(join(dir, 'nul.md'), '# Zero\n\nA \u0000 byte\n');
        const markdown = await saveImportedArticles(queue.store, queue.tenantId, markdownArticles(dir, 'en'), actor);
        expect(markdown.counts).toMatchObject({ created: 1, skipped: 2, parts: 2 });
        expect(markdown.problems).toEqual([
          { where: 'broken.md', reason: 'status "maybe" is neither draft nor published' },
          {
            where: 'nul.md',
            externalId: 'markdown nul',
            reason: expect.stringMatching(/^The article has a NUL character \(U\+0000\) at /),
          },
        ]);

        const settings = await queue.store.listSettings(queue.tenantId, 0, 1000);
        const articles = new Map(
          settings.items
            .filter((item) => item.kind === 'article')
            .map((item) => [item.id, ArticleSettingSchema.parse(item.value)]),
        );
        expect([...articles.keys()].sort()).toEqual([
          'refunds',
          'zendesk-360001',
          'zendesk-360002',
          'zendesk-360003',
          'zendesk-360004',
        ]);
        expect(Object.keys(articles.get('zendesk-360001')?.versions ?? {}).sort()).toEqual(['de', 'en', 'ja']);
        expect(articles.get('zendesk-360001')?.intents).toEqual(['card_declined']);
        expect(articles.get('zendesk-360003')?.status).toBe('draft');
        expect(articles.get('zendesk-360003')?.intents).toEqual(['passcode_forgotten']);
        const contact = articles.get('zendesk-360004')?.versions.en?.body ?? '';
        expect(contact).not.toMatch(/<p|<script|<img|onclick|javascript:|data:|alert/);
        expect(contact).toContain('1 \\< 2 \\& \\*stars\\*');
        expect(contact).toContain('[help@example.com](<mailto:help@example.com>)');
        expect(articles.get('refunds')).toMatchObject({
          status: 'published',
          intents: ['request_refund'],
          versions: {
            en: { title: 'Refunds', body: 'Within **5** days.' },
            de: { title: 'Erstattungen', body: 'Innerhalb von 5 Tagen.' },
          },
          source: { system: 'markdown', externalId: 'refunds' },
        });

        const again = await saveImportedArticles(
          queue.store,
          queue.tenantId,
          readZendeskArticles(zendeskArticles()),
          actor,
        );
        expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
        const changed = zendeskArticles();
        const firstArticle = changed.articles[0];
        if (firstArticle) firstArticle.title = 'Why was my card declined? (updated)';
        const updated = await saveImportedArticles(queue.store, queue.tenantId, readZendeskArticles(changed), actor);
        expect(updated.counts).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
      } finally {
        await queue.close();
      }
    });
  });
}
