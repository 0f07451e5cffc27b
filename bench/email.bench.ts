import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { mailServersUnavailable, startMailServers } from '../test/helpers/mail-servers.js';
import { measureMailServers } from './email-server-rate.js';

/**
 * `npm run bench -- email [--json] [--mails 300]`
 * Starts the test mail servers (Dovecot + Postfix on 127.0.0.1, test/helpers/mail-servers.ts) and measures their own
 * rates -- SMTP submission to a Dovecot mailbox, IMAP APPEND and FETCH -- the ceiling of the email channel here.
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
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', loadAverageAtStart: loadavg()[0] };
log(`Machine: ${machine.cpus} x ${machine.cpuModel}, load average ${machine.loadAverageAtStart?.toFixed(2)}`);

const servers = await startMailServers({ users: [customer, support] });
try {
  const mailServers = await measureMailServers(servers, customer, support, MAILS);
  log(
    `Mail servers, ${MAILS} mails: SMTP accepted ${mailServers.smtpAcceptedPerSecond}/s, delivered to Dovecot ` +
      `${mailServers.smtpDeliveredPerSecond}/s; IMAP APPEND ${mailServers.imapAppendPerSecond}/s, FETCH ${mailServers.imapFetchPerSecond}/s`,
  );
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ mails: MAILS, machine: { ...machine, loadAverageAtEnd: loadavg()[0] }, mailServers })}\n`,
    );
  }
} finally {
  await servers.stop();
}
