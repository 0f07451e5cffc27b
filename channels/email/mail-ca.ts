import { readFileSync } from 'node:fs';

/** The environment variable naming a PEM file of CA certificates to trust for mail servers with a private CA. */
export const MAIL_CA_FILE_ENV = 'SWITCHBOARD_MAIL_CA_FILE';
const MAX_CA_FILE_BYTES = 1024 * 1024;

/**
 * The PEM certificates SWITCHBOARD_MAIL_CA_FILE names, trusted besides the system's for IMAP and SMTP; null when
 * the variable is unset. Throws with a clear message when the file cannot be read or holds no certificate.
 */
export function readTrustedMailCa(env: NodeJS.ProcessEnv): string | null {
  const file = env[MAIL_CA_FILE_ENV]?.trim();
  if (!file) return null;
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read ${MAIL_CA_FILE_ENV} ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (pem.length > MAX_CA_FILE_BYTES) throw new Error(`${MAIL_CA_FILE_ENV} ${file} is larger than 1 MB.`);
  if (!pem.includes('-----BEGIN CERTIFICATE-----'))
    throw new Error(`${MAIL_CA_FILE_ENV} ${file} holds no PEM certificate (-----BEGIN CERTIFICATE-----).`);
  return pem;
}
