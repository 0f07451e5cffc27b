import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { describe, expect, it } from 'vitest';
import { composeReply } from '../../../../channels/email/compose-reply.js';
import { parseInboundMail } from '../../../../channels/email/parse-inbound-mail.js';
import type { EmailChannelConfig } from '../../../../shared/channels/email-config.js';
import type { OutgoingEmail } from '../../../../shared/channels/email-records.js';
import { replySubject, ticketIdInSubject } from '../../../../shared/channels/ticket-reference.js';

const config: EmailChannelConfig = {
  imapUrl: 'imaps://support@mail.acme.example',
  smtpUrl: 'smtps://support@mail.acme.example',
  fromAddress: 'support@acme.example',
  fromName: 'Acme Support',
  mailbox: 'INBOX',
  pollSeconds: 60,
};
const ticketId = 'tkt_3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';

function outgoing(fields: Partial<OutgoingEmail> = {}): OutgoingEmail {
  return {
    deliveryId: 'dlv_1',
    tenantId: 'acme',
    channelId: 'support',
    ticketId,
    messageId: 'msg_1',
    headerMessageId: '<msg_1.dlv_1@acme.example>',
    to: { address: 'ann@customer.example', name: 'Ann "Annie" Müller' },
    subject: replySubject('Lieferung verspätet', ticketId),
    text: 'Hallo Ann,\n\nIhre Lieferung kommt morgen. Grüße 🚚\n',
    inReplyTo: '<second@customer.example>',
    references: ['<first@customer.example>', '<second@customer.example>'],
    language: 'de',
    attempts: 0,
    author: 'ai',
    ...fields,
  };
}

/** The reply as the bytes nodemailer would send. */
async function mime(email: OutgoingEmail): Promise<Buffer> {
  return new MailComposer(composeReply(email, config)).compile().build();
}

describe('composeReply', () => {
  it('writes the From, To, subject, fixed Message-ID, threading headers, language and UTF-8 text', async () => {
    const raw = await mime(outgoing());
    const header = raw.toString('utf8').split('\r\n\r\n')[0] ?? '';
    expect(header).toMatch(/^From: Acme Support <support@acme\.example>$/m);
    expect(header).toMatch(/^Message-ID: <msg_1\.dlv_1@acme\.example>$/m);
    expect(header).toMatch(/^In-Reply-To: <second@customer\.example>$/m);
    expect(header).toMatch(/^References: <first@customer\.example> <second@customer\.example>$/m);
    expect(header).toMatch(/^Content-Language: de$/m);
    expect(header).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
    expect(header).toMatch(/^Auto-Submitted: auto-replied$/m);

    // Read back by the same parser incoming mail goes through: what the customer's mail program sees.
    const parsed = await parseInboundMail(raw, {
      channel: { tenantId: 'acme', channelId: 'support' },
      position: { uidValidity: 1, uid: 1 },
    });
    if (!parsed.ok) throw new Error(parsed.reason.detail);
    expect(parsed.mail.from).toEqual({ address: 'support@acme.example', name: 'Acme Support' });
    expect(parsed.mail.messageId).toBe('<msg_1.dlv_1@acme.example>');
    expect(parsed.mail.inReplyTo).toBe('<second@customer.example>');
    expect(parsed.mail.references).toEqual(['<first@customer.example>', '<second@customer.example>']);
    expect(ticketIdInSubject(parsed.mail.subject)).toBe(ticketId);
    expect(parsed.mail.subject).toBe(`Re: Lieferung verspätet [#${ticketId}]`);
    expect(parsed.mail.text).toBe('Hallo Ann,\n\nIhre Lieferung kommt morgen. Grüße 🚚');
    expect(parsed.mail.automatic).toBe('auto_reply');
  });

  it('keeps the same Message-ID on every attempt', async () => {
    const first = composeReply(outgoing({ attempts: 0 }), config);
    const third = composeReply(outgoing({ attempts: 2 }), config);
    expect(first.messageId).toBe('<msg_1.dlv_1@acme.example>');
    expect(third.messageId).toBe(first.messageId);
  });

  it("sends an agent's reply without Auto-Submitted, and a first reply without threading headers", async () => {
    const header = (await mime(outgoing({ author: 'agent', inReplyTo: null, references: [], language: null })))
      .toString('utf8')
      .split('\r\n\r\n')[0];
    expect(header).not.toMatch(/Auto-Submitted|X-Auto-Response-Suppress|In-Reply-To|References|Content-Language/);
  });

  it('refuses header injection: line breaks in subject and names stay on one line, a bad language tag is left out', async () => {
    const header = (
      await mime(
        outgoing({
          subject: 'Hi\r\nBcc: victim@evil.example',
          to: { address: 'ann@customer.example', name: 'Ann\r\nBcc: x@evil.example' },
          language: 'de\r\nX-Evil: 1',
        }),
      )
    )
      .toString('utf8')
      .split('\r\n\r\n')[0];
    expect(header).not.toMatch(/^Bcc:/m);
    expect(header).not.toMatch(/^X-Evil:/m);
    expect(header).not.toMatch(/^Content-Language:/m);
  });
});
