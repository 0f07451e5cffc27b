import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret for one run of the browser-mode host. */
export function createHostToken(): string {
  return randomBytes(24).toString('base64url');
}

export function tokenMatches(expected: string, presented: string | undefined | null): boolean {
  if (!presented) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
