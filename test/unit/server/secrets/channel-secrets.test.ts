import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChannelSecrets, SecretKeyMissing } from '../../../../server/secrets/channel-secrets.js';
import { openSecret, sealSecret, SecretRefused } from '../../../../server/secrets/secret-box.js';
import {
  loadSecretKey,
  newSecretKeyText,
  SECRET_KEY_ENV,
  SECRET_KEY_FILE_ENV,
} from '../../../../server/secrets/secret-key.js';
import { tempDirForEachTest } from '../../../helpers/temp-dir.js';

const key = Buffer.from(newSecretKeyText(), 'base64');
const channel = { tenantId: 'alpha', channelId: 'support-mail' };

describe('secret box (AES-256-GCM)', () => {
  it('opens what it sealed, with a fresh IV each time, and only for the same owner', () => {
    const first = sealSecret(key, 'imap password', 'alpha/support');
    const second = sealSecret(key, 'imap password', 'alpha/support');
    expect(first).not.toBe(second);
    expect(first).not.toContain('password');
    expect(openSecret(key, first, 'alpha/support')).toBe('imap password');
    expect(() => openSecret(key, first, 'beta/support')).toThrow(SecretRefused);
    expect(() => openSecret(Buffer.from(newSecretKeyText(), 'base64'), first, 'alpha/support')).toThrow(SecretRefused);
  });

  it('refuses a sealed text with any byte changed, and one in another format', () => {
    const sealed = sealSecret(key, 'imap password', 'owner');
    const [format, iv, tag, ciphertext] = sealed.split('.');
    const flip = (part: string) => {
      const bytes = Buffer.from(part, 'base64url');
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      return bytes.toString('base64url');
    };
    for (const changed of [
      [format, flip(iv ?? ''), tag, ciphertext],
      [format, iv, flip(tag ?? ''), ciphertext],
      [format, iv, tag, flip(ciphertext ?? '')],
    ])
      expect(() => openSecret(key, changed.join('.'), 'owner')).toThrow(/does not open/);
    expect(() => openSecret(key, `v2.${sealed.slice(3)}`, 'owner')).toThrow(/format/);
    expect(() => openSecret(key, 'plain text', 'owner')).toThrow(/format/);
  });
});

describe('the secret key', () => {
  const dir = tempDirForEachTest('switchboard-secret-key-');
  const noLog = () => undefined;

  it('makes <db file>.secret-key (0600) beside a SQLite database, says so once, and reads it back after', () => {
    const lines: string[] = [];
    const sqliteFile = join(dir(), 'queue.sqlite');
    const made = loadSecretKey({ env: {}, sqliteFile, log: (line) => lines.push(line) });
    expect(made.ok).toBe(true);
    expect(statSync(`${sqliteFile}.secret-key`).mode & 0o777).toBe(0o600);
    expect(lines).toEqual([expect.stringContaining(`${sqliteFile}.secret-key`)]);
    const again = loadSecretKey({ env: {}, sqliteFile, log: (line) => lines.push(line) });
    expect(again.ok && made.ok && again.key.equals(made.key)).toBe(true);
    expect(lines).toHaveLength(1);
  });

  it('takes the key file or variable first, and refuses one that is not 32 bytes of base64', () => {
    const file = join(dir(), 'key');
    writeFileSync(file, `${newSecretKeyText()}\n`);
    expect(loadSecretKey({ env: { [SECRET_KEY_FILE_ENV]: file }, sqliteFile: null, log: noLog })).toMatchObject({
      ok: true,
      origin: expect.stringContaining(file),
    });
    expect(loadSecretKey({ env: { [SECRET_KEY_ENV]: newSecretKeyText() }, sqliteFile: null, log: noLog }).ok).toBe(
      true,
    );
    expect(loadSecretKey({ env: { [SECRET_KEY_ENV]: 'c2hvcnQ=' }, sqliteFile: null, log: noLog })).toEqual({
      ok: false,
      error: expect.stringContaining('32 random bytes'),
    });
    expect(
      loadSecretKey({ env: { [SECRET_KEY_FILE_ENV]: join(dir(), 'missing') }, sqliteFile: null, log: noLog }),
    ).toEqual({ ok: false, error: expect.stringContaining('cannot be read') });
  });

  it('warns when a key file can be read by other users, and stays quiet about a 0600 one', () => {
    const lines: string[] = [];
    const file = join(dir(), 'key');
    writeFileSync(file, `${newSecretKeyText()}\n`, { mode: 0o600 });
    expect(
      loadSecretKey({ env: { [SECRET_KEY_FILE_ENV]: file }, sqliteFile: null, log: (line) => lines.push(line) }).ok,
    ).toBe(true);
    expect(lines).toEqual([]);
    chmodSync(file, 0o644);
    expect(
      loadSecretKey({ env: { [SECRET_KEY_FILE_ENV]: file }, sqliteFile: null, log: (line) => lines.push(line) }).ok,
    ).toBe(true);
    expect(lines).toEqual([expect.stringMatching(/can be read by other users \(mode 0644\): run chmod 600/)]);
    const sqliteFile = join(dir(), 'queue.sqlite');
    loadSecretKey({ env: {}, sqliteFile, log: () => undefined });
    chmodSync(`${sqliteFile}.secret-key`, 0o640);
    lines.length = 0;
    expect(loadSecretKey({ env: {}, sqliteFile, log: (line) => lines.push(line) }).ok).toBe(true);
    expect(lines).toEqual([expect.stringContaining('(mode 0640)')]);
  });

  it('on PostgreSQL without a key, refuses to store passwords and names the variable to set', () => {
    const secrets = ChannelSecrets.load({ env: {}, sqliteFile: null, log: noLog });
    expect(secrets.unavailable).toContain(SECRET_KEY_FILE_ENV);
    expect(() => secrets.seal(channel, { imapPassword: 'x' })).toThrow(SecretKeyMissing);
    expect(() => secrets.seal(channel, { imapPassword: 'x' })).toThrow(/SWITCHBOARD_SECRET_KEY_FILE/);
  });

  it('round-trips channel credentials for their channel only', () => {
    const secrets = new ChannelSecrets({ ok: true, key, origin: 'test' });
    const sealed = secrets.seal(channel, { imapPassword: 'imap', smtpPassword: 'smtp' });
    expect(secrets.open(channel, sealed)).toEqual({ imapPassword: 'imap', smtpPassword: 'smtp' });
    expect(() => secrets.open({ ...channel, channelId: 'billing-mail' }, sealed)).toThrow(SecretRefused);
  });
});
