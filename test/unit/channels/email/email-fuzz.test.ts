import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbackMessageId } from '../../../../channels/email/message-ids.js';
import { parseInboundMail, type MailParseResult } from '../../../../channels/email/parse-inbound-mail.js';
import { EMAIL_LIMITS, type InboundMail } from '../../../../shared/channels/email-records.js';
import { MAX_MESSAGE_LENGTH, MAX_SUBJECT_LENGTH } from '../../../../shared/domain/ticket.js';
import { GENERATED_CASES, type FuzzCase, type FuzzExpectation } from '../../../fixtures/email-fuzz/corpus.js';

const corpus = join(import.meta.dirname, '../../../fixtures/email-fuzz');
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as {
  files: FuzzCase[];
  generated: FuzzCase[];
};
const context = { channel: { tenantId: 'acme', channelId: 'support' }, position: { uidValidity: 7, uid: 42 } };

/** The most one mail of the committed corpus may take to read, and a generated one (30 MB) on a loaded 2-core box. */
const FILE_BOUND_MS = 5_000;
const GENERATED_BOUND_MS = 30_000;

async function timedParse(raw: Buffer): Promise<{ result: MailParseResult; ms: number }> {
  const started = performance.now();
  const result = await parseInboundMail(raw, context);
  return { result, ms: performance.now() - started };
}

function check(result: MailParseResult, expected: FuzzExpectation): void {
  if (expected.outcome === 'set_aside') {
    expect(result.ok ? 'a ticket' : result.reason.kind).toBe(expected.reason);
    return;
  }
  if (!result.ok) throw new Error(`set aside, expected a ticket: ${result.reason.kind}: ${result.reason.detail}`);
  const mail = result.mail;
  expectBounded(mail);
  for (const fragment of expected.text) expect(mail.text).toContain(fragment);
  for (const fragment of expected.notText ?? []) expect(mail.text).not.toContain(fragment);
  expect(mail.automatic).toBe(expected.automatic);
  if (expected.bounce === null) expect(mail.bounce).toBeNull();
  if (expected.bounce) {
    expect(mail.bounce?.originalMessageId).toBe(expected.bounce.originalMessageId);
    expect(mail.bounce?.reason).toContain(expected.bounce.reason);
  }
  if (expected.bounce === undefined && expected.automatic !== 'bounce') expect(mail.bounce).toBeNull();
  if (expected.subject !== undefined) expect(mail.subject).toBe(expected.subject);
  if (expected.from !== undefined) expect(mail.from.address).toBe(expected.from);
  if (expected.messageId !== undefined)
    expect(mail.messageId).toBe(
      expected.messageId === 'fallback' ? fallbackMessageId(context.channel, context.position) : expected.messageId,
    );
  if (expected.date !== undefined) expect(mail.date).toBe(expected.date);
  if (expected.references !== undefined) expect(mail.references).toHaveLength(expected.references);
  if (expected.html !== undefined) expect(mail.html !== null).toBe(expected.html);
  if (expected.attachments !== undefined)
    expect(
      mail.attachments.map(({ filename, contentType, content }) => ({
        filename,
        contentType,
        stored: content !== null,
      })),
    ).toEqual(expected.attachments);
}

/** What holds for every mail that becomes a ticket, whatever came in. */
function expectBounded(mail: InboundMail): void {
  expect(mail.text.trim()).not.toBe('');
  expect(mail.text.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  expect(mail.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/);
  expect(mail.subject.length).toBeGreaterThan(0);
  expect(mail.subject.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
  expect(mail.subject).not.toMatch(/[\u0000-\u001F\u202A-\u202E\u200B]/);
  expect(mail.messageId).toMatch(/^<[^<>\s]+>$/);
  expect(mail.from.address).toMatch(/^[^\s@]+@[^\s@]+$/);
  expect(mail.references.length).toBeLessThanOrEqual(30);
  expect(Buffer.byteLength(mail.html ?? '')).toBeLessThanOrEqual(EMAIL_LIMITS.maxHtmlBytes);
  expect(mail.attachments.length).toBeLessThanOrEqual(EMAIL_LIMITS.maxAttachments);
  for (const attachment of mail.attachments) {
    expect(attachment.filename).toMatch(/^[^/\\<>:"|?*\u0000-\u001F\u202A-\u202E]{1,200}$/);
    expect(attachment.contentType).toMatch(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/);
    if (attachment.content !== null)
      expect(attachment.content.byteLength).toBeLessThanOrEqual(EMAIL_LIMITS.maxStoredAttachmentBytes);
  }
}

describe('the email fuzz corpus', () => {
  it('has at least 50 mails, each file in the manifest and each manifest entry a file', () => {
    const files = readdirSync(corpus).filter((name) => name.endsWith('.eml'));
    expect(files.length + manifest.generated.length).toBeGreaterThanOrEqual(50);
    expect(manifest.files.map((entry) => entry.file).sort()).toEqual(files.sort());
    expect(manifest.generated.map((entry) => entry.file)).toEqual(GENERATED_CASES.map((entry) => entry.file));
  });

  it.each(manifest.files)('$file: $what', async ({ file, expect: expected }) => {
    const { result, ms } = await timedParse(readFileSync(join(corpus, file)));
    check(result, expected);
    expect(ms).toBeLessThan(FILE_BOUND_MS);
  });

  it.each(GENERATED_CASES)('$file: $what', async ({ build, expect: expected }) => {
    const { result, ms } = await timedParse(build());
    check(result, expected);
    expect(ms).toBeLessThan(GENERATED_BOUND_MS);
  });
});
