import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A throwaway certificate authority and the server certificate it signed, for localhost and 127.0.0.1. */
export interface TestCertificates {
  /** The CA certificate (PEM) a client trusts to talk to the test servers. */
  caPem: string;
  caFile: string;
  serverCertFile: string;
  serverKeyFile: string;
}

const VALID_DAYS = '2';

/**
 * Makes a test CA and a server certificate with `openssl` in `dir`. The server key is an ECDSA P-256 key (quick to
 * make); both servers and Node's TLS take it. The keys are readable by their owner only.
 */
export function makeTestCertificates(dir: string): TestCertificates {
  const file = (name: string) => join(dir, name);
  const extensions = file('server-ext.cnf');
  writeFileSync(
    extensions,
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n',
  );
  openssl(
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
      .concat([
        '-keyout',
        file('ca.key'),
        '-out',
        file('ca.pem'),
        '-days',
        VALID_DAYS,
        '-subj',
        '/CN=Switchboard test CA',
      ])
      .concat(['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']),
  );
  openssl(
    ['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'].concat([
      '-keyout',
      file('server.key'),
      '-out',
      file('server.csr'),
      '-subj',
      '/CN=localhost',
    ]),
  );
  openssl(
    ['x509', '-req', '-in', file('server.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key')].concat([
      '-CAcreateserial',
      '-out',
      file('server.pem'),
      '-days',
      VALID_DAYS,
      '-extfile',
      extensions,
    ]),
  );
  chmodSync(file('ca.key'), 0o600);
  chmodSync(file('server.key'), 0o600);
  return {
    caPem: readFileSync(file('ca.pem'), 'utf8'),
    caFile: file('ca.pem'),
    serverCertFile: file('server.pem'),
    serverKeyFile: file('server.key'),
  };
}

function openssl(args: string[]): void {
  const result = spawnSync('openssl', args, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`openssl ${args[0]} failed: ${result.error?.message ?? result.stderr.trim()}`);
  }
}
