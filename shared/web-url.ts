/**
 * True for a plain web address: absolute, http or https, with a host, and without a user name or password in it
 * (credentials in a link are a classic phishing disguise: https://bank.example@evil.example).
 */
export function isPlainWebUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === ''
  );
}
