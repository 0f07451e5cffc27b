import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundedReferences, fallbackMessageId, MAX_REFERENCES } from '../../../../channels/email/message-ids.js';
import { parseInboundMail, SET_ASIDE_KINDS } from '../../../../channels/email/parse-inbound-mail.js';

const context = { channel: { tenantId: 'acme', channelId: 'support' }, position: { uidValidity: 7, uid: 42 } };
const corpus = join(import.meta.dirname, '../../../fixtures/email-fuzz');

describe('parseInboundMail', () => {
  it('sets a mail aside as timed out when reading it takes longer than allowed', async () => {
    const raw = Buffer.concat([
      Buffer.from('From: a@customer.example\r\nContent-Type: text/plain\r\n\r\n'),
      Buffer.alloc(8 * 1024 * 1024, 'word '),
    ]);
    const result = await parseInboundMail(raw, context, 1);
    expect(result).toEqual({ ok: false, reason: { kind: 'timeout', detail: 'reading took over 1 ms' } });
  });

  it('gives a mail without Message-ID the same id on every reading, another one at another position', () => {
    const id = fallbackMessageId(context.channel, context.position);
    expect(id).toMatch(/^<7\.42\.[0-9a-f]{16}@no-message-id\.switchboard\.invalid>$/);
    expect(fallbackMessageId({ ...context.channel }, { uidValidity: 7, uid: 42 })).toBe(id);
    expect(fallbackMessageId(context.channel, { uidValidity: 7, uid: 43 })).not.toBe(id);
    expect(fallbackMessageId({ tenantId: 'acme', channelId: 'billing' }, context.position)).not.toBe(id);
  });

  it("keeps of a long References header the thread's first id and the latest ones", () => {
    const ids = Array.from({ length: 100 }, (_, index) => `<r${index}@x.example>`);
    const kept = boundedReferences([ids.join(' ')]);
    expect(kept).toHaveLength(MAX_REFERENCES);
    expect(kept[0]).toBe('<r0@x.example>');
    expect(kept.at(-1)).toBe('<r99@x.example>');
    expect(kept[1]).toBe(`<r${100 - MAX_REFERENCES + 1}@x.example>`);
  });

  it('never throws on damaged mail: 400 mutations of the corpus each become a ticket or a set-aside reason', async () => {
    const seeds = readdirSync(corpus)
      .filter((name) => name.endsWith('.eml'))
      .sort()
      .map((name) => readFileSync(join(corpus, name)));
    let state = 0x9e3779b9;
    const random = (below: number) => {
      // xorshift32: the same mutations on every run.
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % below;
    };
    const outcomes = new Map<string, number>();
    for (let round = 0; round < 400; round++) {
      const seed = seeds[random(seeds.length)] as Buffer;
      const mutated = Buffer.from(seed);
      for (let edit = 0; edit < 1 + random(8); edit++) mutated[random(mutated.length)] = random(256);
      const cut = random(4) === 0 ? mutated.subarray(0, random(mutated.length + 1)) : mutated;
      const result = await parseInboundMail(cut, context);
      const outcome = result.ok ? 'ticket' : result.reason.kind;
      if (!result.ok) expect(SET_ASIDE_KINDS).toContain(result.reason.kind);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    expect(outcomes.get('ticket')).toBeGreaterThan(200);
    // Flipped bytes make no mail too large, too slow or too deep; an 'unreadable' here would be a caught exception.
    expect([...outcomes.keys()].sort()).toEqual(['no_sender', 'ticket']);
  });
});
