import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { mailServersUnavailable, startMailServers } from '../test/helpers/mail-servers.js';
import { measureEmailChannel } from './email-channel-rate.js';
import { measureMailServers } from './email-server-rate.js';

/**
 * `npm run bench -- email [--json] [--mails 300]`
 * Starts the test mail servers (Dovecot + Postfix on 127.0.0.1, test/helpers/mail-servers.ts) and measures, in one
 * run: their own rates -- SMTP submission to a Dovecot mailbox, IMAP APPEND and FETCH -- the ceiling of the email
 * channel here; then a real queue process (SQLite) running the email channel on that mailbox: mails APPENDed to it
 * until each is a ticket in the queue's feed (per second, and p50/p95 from a mail's APPEND to its ticket seen in
 * the feed, polled every 50 ms), and an agent reply pushed on each ticket until all are in the customer's mailbox
 * (per second, and p50/p95 from the reply's push to its delivery seen sent in the feed).
 */
const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, mails: { type: 'string', default: '300' } },
  strict: true,
});
const MAILS = Number(values.mails);
if (!Number.isInteger(MAILS) || MAILS < 1 || MAILS > 10_000) {
  process.stderr.write('--mails takes a whole number from 1 to 10000.\n');
  process.exit(2);
}
const log = (line: string) => {
  if (!values.json) process.stdout.write(`${line}\n`);
  else process.stderr.write(`${line}\n`);
};

const unavailable = mailServersUnavailable();
if (unavailable) {
  process.stderr.write(`The email benchmark needs the test mail servers: ${unavailable}.\n`);
  process.exit(2);
}

const customer = { address: 'customer@customer.test', password: 'bench-customer' };
const support = { address: 'support@switchboard.test', password: 'bench-support' };
/** The servers' own rates are measured on a mailbox of its own, which the channel does not read. */
const rateBox = { address: 'rates@switchboard.test', password: 'bench-rates' };
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', loadAverageAtStart: loadavg()[0] };
log(`Machine: ${machine.cpus} x ${machine.cpuModel}, load average ${machine.loadAverageAtStart?.toFixed(2)}`);

const servers = await startMailServers({ users: [customer, support, rateBox] });
try {
  const mailServers = await measureMailServers(servers, customer, rateBox, MAILS);
  log(
    `Mail servers, ${MAILS} mails: SMTP accepted ${mailServers.smtpAcceptedPerSecond}/s, delivered to Dovecot ` +
      `${mailServers.smtpDeliveredPerSecond}/s; IMAP APPEND ${mailServers.imapAppendPerSecond}/s, FETCH ${mailServers.imapFetchPerSecond}/s`,
  );
  const channel = await measureEmailChannel(servers, support, customer, MAILS);
  log(
    `Email channel, ${MAILS} mails each way: incoming ${channel.incoming.perSecond} mails/s to tickets ` +
      `(p50 ${channel.incoming.p50Ms} ms, p95 ${channel.incoming.p95Ms} ms from arrival to ticket); outgoing ` +
      `${channel.outgoing.perSecond} replies/s delivered (p50 ${channel.outgoing.p50Ms} ms, p95 ${channel.outgoing.p95Ms} ms to sent)`,
  );
  log(
    `Queue process CPU: incoming ${channel.incoming.queueCpuSeconds} s (${channel.incoming.perQueueCpuSecond} mails per CPU second), ` +
      `outgoing ${channel.outgoing.queueCpuSeconds} s (${channel.outgoing.perQueueCpuSecond} replies per CPU second)`,
  );
  log(`Load average at the end: ${loadavg()[0]?.toFixed(2)}`);
  if (values.json) {
    const result = { mails: MAILS, machine: { ...machine, loadAverageAtEnd: loadavg()[0] }, mailServers, channel };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
} finally {
  await servers.stop();
}
