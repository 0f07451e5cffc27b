import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sendTestMail } from '../../helpers/mail-server-clients.js';
import { mailServersPerFile, mailServersRun } from '../../helpers/mail-servers.js';

const customer = { address: 'customer@customer.test', password: 'customer-secret' };
const support = { address: 'support@switchboard.test', password: 'support-secret' };

describe.skipIf(!mailServersRun())('test mail servers (Dovecot + Postfix on 127.0.0.1)', () => {
  const servers = mailServersPerFile({ users: [customer, support] });

  it('delivers a mail submitted with STARTTLS and AUTH into the recipient mailbox, read over IMAPS with the test CA', async () => {
    const subject = `Order ${randomUUID()}`;
    const sent = await servers().sendMail(customer.address, support.address, {
      subject,
      text: 'My parcel never arrived.',
    });
    expect(sent.response).toMatch(/^250 /);
    const received = await servers().waitForMail(support.address, (mail) => mail.parsed.subject === subject);
    expect(received.parsed.from?.value[0]?.address).toBe(customer.address);
    expect(received.parsed.text?.trim()).toBe('My parcel never arrived.');
    expect(received.parsed.messageId).toBe(sent.messageId);
  });

  it('refuses a submission with a wrong password', async () => {
    const impostor = { address: customer.address, password: 'wrong' };
    await expect(
      sendTestMail(servers().endpoints, impostor, support.address, { subject: 'x', text: 'x' }),
    ).rejects.toThrow(/535/);
  });

  it('takes a mail from outside on the SMTP port without AUTH', async () => {
    await servers().sendMail('stranger@elsewhere.test', support.address, { subject: 'from outside', text: 'hello' });
    const received = await servers().waitForMail(support.address, (mail) => mail.parsed.subject === 'from outside');
    expect(received.parsed.from?.value[0]?.address).toBe('stranger@elsewhere.test');
  });

  it('appends raw bytes, even malformed ones, and reads them back as stored', async () => {
    const raw = `From: broken@customer.test\r\nSubject: =?bogus-charset?Q?caf=E9?=\r\nContent-Type: multipart/mixed\r\n\r\nno boundary at all\r\n`;
    const uid = await servers().appendRaw(support.address, raw, 'Hostile');
    const mailbox = await servers().readMailbox(support.address, 'Hostile');
    expect(mailbox.map((mail) => mail.uid)).toEqual([uid]);
    expect(mailbox[0]?.raw.toString('latin1')).toBe(raw);
  });

  it('bounces a mail for an unknown recipient back to the sender as a delivery report', async () => {
    await servers().sendMail(customer.address, 'nobody@switchboard.test', { subject: 'to nobody', text: 'hello?' });
    const bounce = await servers().waitForMail(customer.address, (mail) =>
      /^Content-Type: multipart\/report/im.test(mail.raw.toString('latin1')),
    );
    expect(bounce.raw.toString('utf8')).toContain('nobody@switchboard.test');
  });
});
