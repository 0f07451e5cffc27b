import type { TestCertificates } from './mail-test-certs.js';

/** The loopback ports of one test mail-server pair. */
export interface MailServerPorts {
  /** Dovecot IMAP, plain with STARTTLS. */
  imap: number;
  /** Dovecot IMAP over implicit TLS. */
  imaps: number;
  /** Dovecot LMTP, where Postfix delivers. */
  lmtp: number;
  /** Dovecot's authentication service, which Postfix asks for SMTP AUTH (same users and passwords as IMAP). */
  sasl: number;
  /** Postfix SMTP without AUTH (a mail coming from the outside), STARTTLS offered. */
  smtp: number;
  /** Postfix submission: STARTTLS required, then AUTH. */
  submission: number;
}

/** Who owns the mailboxes and runs the daemons' unprivileged parts. */
export interface MailAccounts {
  mailUid: number;
  mailGid: number;
  loginUser: string;
  internalUser: string;
}

export interface DovecotPaths {
  dir: string;
  usersFile: string;
  mailRoot: string;
  logFile: string;
}

/** What the greetings of one test mail-server pair say (by its IMAP port), so each of its ports can be checked. */
export function mailServerTag(ports: MailServerPorts): string {
  return `switchboard-test-${ports.imap}`;
}

/** Dovecot 2.3 with nothing from /etc/dovecot: IMAP, IMAPS, LMTP and an auth listener, all on 127.0.0.1. */
export function dovecotConfig(
  ports: MailServerPorts,
  paths: DovecotPaths,
  certs: TestCertificates,
  accounts: MailAccounts,
): string {
  return `protocols = imap lmtp
listen = 127.0.0.1
base_dir = ${paths.dir}/run
state_dir = ${paths.dir}/state
instance_name = switchboard-test-${ports.imap}
# Names this instance, so the tests can tell it from another test process's Dovecot that took one of its ports.
login_greeting = ${mailServerTag(ports)} Dovecot ready.
log_path = ${paths.logFile}
default_login_user = ${accounts.loginUser}
default_internal_user = ${accounts.internalUser}
first_valid_uid = ${Math.min(accounts.mailUid, 1)}
ssl = yes
ssl_cert = <${certs.serverCertFile}
ssl_key = <${certs.serverKeyFile}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:${paths.mailRoot}/%u
# Test mailboxes only: no fsync after each delivery or APPEND (as the tests' PostgreSQL runs with fsync=off).
mail_fsync = never
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${paths.usersFile}
}
userdb {
  driver = passwd-file
  args = username_format=%u ${paths.usersFile}
  default_fields = uid=${accounts.mailUid} gid=${accounts.mailGid} home=${paths.mailRoot}/%u
}
service imap-login {
  inet_listener imap {
    port = ${ports.imap}
  }
  inet_listener imaps {
    port = ${ports.imaps}
    ssl = yes
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = ${ports.lmtp}
  }
}
service auth {
  inet_listener sasl {
    address = 127.0.0.1
    port = ${ports.sasl}
  }
}
protocol lmtp {
  postmaster_address = postmaster@localhost
}
`;
}

/** A passwd-file line: the address is the login, the password kept in the clear (test accounts only). */
export function dovecotUserLine(address: string, password: string): string {
  if (/[:\s]/.test(address) || /[\n\r]/.test(password)) throw new Error(`Unusable test account: ${address}`);
  return `${address}:{PLAIN}${password}::::::\n`;
}

export interface PostfixPaths {
  queueDir: string;
  dataDir: string;
}

/**
 * Postfix main.cf: every domain is a virtual mailbox domain (`static:` tables match every key) delivered to Dovecot
 * over LMTP, so nothing is ever relayed off the machine, and a recipient Dovecot does not know is bounced back to
 * the sender as a delivery report (a real bounce). SMTP AUTH asks Dovecot. The log goes to the master's stdout.
 */
export function postfixMainConfig(ports: MailServerPorts, paths: PostfixPaths, certs: TestCertificates): string {
  return `compatibility_level = 3.6
queue_directory = ${paths.queueDir}
data_directory = ${paths.dataDir}
mail_owner = postfix
setgid_group = postdrop
myhostname = localhost
smtpd_banner = $myhostname ESMTP ${mailServerTag(ports)} Postfix
mydomain = localdomain
myorigin = localhost
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
maillog_file = /dev/stdout
alias_maps =
alias_database =
biff = no
smtputf8_enable = yes
message_size_limit = 52428800
virtual_mailbox_domains = static:all
virtual_mailbox_maps = static:ok
virtual_transport = lmtp:inet:127.0.0.1:${ports.lmtp}
smtpd_tls_cert_file = ${certs.serverCertFile}
smtpd_tls_key_file = ${certs.serverKeyFile}
smtpd_tls_security_level = may
smtpd_sasl_type = dovecot
smtpd_sasl_path = inet:127.0.0.1:${ports.sasl}
smtpd_relay_restrictions = permit_sasl_authenticated, permit_mynetworks, reject_unauth_destination
smtpd_client_connection_rate_limit = 0
smtpd_error_sleep_time = 0
in_flow_delay = 0
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
`;
}

/** Postfix master.cf: the two listeners and the daemons a local delivery needs, none chrooted. */
export function postfixMasterConfig(ports: MailServerPorts): string {
  const daemons = [
    'pickup unix n - n 60 1 pickup',
    'cleanup unix n - n - 0 cleanup',
    'qmgr unix n - n 300 1 qmgr',
    'tlsmgr unix - - n 1000? 1 tlsmgr',
    'rewrite unix - - n - - trivial-rewrite',
    'bounce unix - - n - 0 bounce',
    'defer unix - - n - 0 bounce',
    'trace unix - - n - 0 bounce',
    'verify unix - - n - 1 verify',
    'flush unix n - n 1000? 0 flush',
    'proxymap unix - - n - - proxymap',
    'smtp unix - - n - - smtp',
    'relay unix - - n - - smtp',
    'showq unix n - n - - showq',
    'error unix - - n - - error',
    'retry unix - - n - - error',
    'discard unix - - n - - discard',
    'lmtp unix - - n - - lmtp',
    'anvil unix - - n - 1 anvil',
    'scache unix - - n - 1 scache',
    'postlog unix-dgram n - n - 1 postlogd',
  ];
  return [
    `127.0.0.1:${ports.smtp} inet n - n - - smtpd`,
    `127.0.0.1:${ports.submission} inet n - n - - smtpd`,
    '  -o smtpd_tls_security_level=encrypt',
    '  -o smtpd_sasl_auth_enable=yes',
    '  -o smtpd_client_restrictions=permit_sasl_authenticated,reject',
    ...daemons,
    '',
  ].join('\n');
}
