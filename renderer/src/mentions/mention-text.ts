import type { Person } from '../../../shared/api/people-contract.js';

/** Most people the completion list shows at once. */
export const COMPLETION_SHOWN = 8;
/** Longest text after `@` still read as a name being typed (names have spaces: "Ben Ito"). */
const MAX_QUERY = 40;

/** The `@name` being typed before the caret: where its `@` is and what follows it. */
export interface MentionQuery {
  start: number;
  query: string;
}

/** The `@` the caret is in: at the start of the text or after a space, then up to MAX_QUERY characters of one line. */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || (at > 0 && !/\s/.test(before[at - 1] ?? ''))) return null;
  const query = before.slice(at + 1);
  if (query.length > MAX_QUERY || /[\n@]/.test(query) || /^\s/.test(query)) return null;
  return { start: at, query };
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** People whose name has a word starting with the query (accents and case aside), at most COMPLETION_SHOWN. */
export function matchingPeople(people: readonly Person[], query: string): Person[] {
  const wanted = fold(query.trim());
  const matches = people.filter((person) => {
    const name = fold(person.name);
    return wanted === '' || name.startsWith(wanted) || name.includes(` ${wanted}`);
  });
  return matches.slice(0, COMPLETION_SHOWN);
}

/** The text with `@Name ` in place of the `@query` typed, and where the caret goes (after it). */
export function insertMention(
  text: string,
  typed: MentionQuery,
  caret: number,
  person: Person,
): { text: string; caret: number } {
  const inserted = `@${person.name} `;
  const after = text.slice(caret).replace(/^ /, '');
  return { text: text.slice(0, typed.start) + inserted + after, caret: typed.start + inserted.length };
}

/** The ids of the people chosen whose `@Name` is still in the text (each once, at most `max`). */
export function mentionIdsIn(text: string, chosen: readonly Person[], max: number): string[] {
  const ids = chosen.filter((person) => text.includes(`@${person.name}`)).map((person) => person.id);
  return [...new Set(ids)].slice(0, max);
}
