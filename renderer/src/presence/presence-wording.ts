import type { TFunction } from 'i18next';
import type { PresenceEntry } from '../../../shared/api/presence-contract.js';

/** "Ben is viewing" / "Ben is typing a reply…". */
export function presenceText(t: TFunction, entry: PresenceEntry): string {
  return t(entry.state === 'typing' ? 'presence.typing' : 'presence.viewing', { name: entry.name });
}

/** A person's initials for an inbox row's chip (at most two letters, any script). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = (words.length > 1 ? [words[0], words.at(-1)] : [name.trim()]).map((word) => [...(word ?? '')][0]);
  return letters.join('').toLocaleUpperCase() || '?';
}
