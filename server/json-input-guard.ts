import { MAX_JSON_DEPTH } from '../shared/api/input-limits.js';
import { HttpError } from './http-errors.js';
import { hasLoneSurrogate } from './unicode-text.js';

/**
 * What no route may see in a parsed JSON body, whatever its schema: text that is not well-formed Unicode
 * (it would be stored as other text than was sent), NUL characters (PostgreSQL cannot store them; SQLite
 * could, and the two stores must answer alike), nesting deeper than MAX_JSON_DEPTH (deep data breaks
 * whoever reads it recursively later: schemas, JSON.stringify, the consoles) and numbers JSON.parse turned
 * into Infinity (1e400). Object keys are text too and are checked like values. `subject` names the JSON in the
 * message (an importer checks a file's line or an article with the same rules).
 */
export function refusedJsonInput(
  value: unknown,
  { maxDepth = MAX_JSON_DEPTH, subject = 'The request body' }: { maxDepth?: number; subject?: string } = {},
): HttpError | null {
  // Iterative, depth-first in document order, and never below maxDepth: hostile depth cannot exhaust the stack.
  const pending: Visit[] = [{ value, depth: 0, parent: null, key: null }];
  for (let visit = pending.pop(); visit; visit = pending.pop()) {
    const current = visit.value;
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem)
        return refusal(problem.code, visit, `${subject} has ${problem.what} at ${where(visit)}; ${problem.remedy}.`);
    } else if (typeof current === 'number') {
      if (!Number.isFinite(current))
        return refusal(
          'number_out_of_range',
          visit,
          `${subject} has a number at ${where(visit)} too large for JSON to hold (it reads as infinity); send a finite number.`,
        );
    } else if (current !== null && typeof current === 'object') {
      const depth = visit.depth + 1;
      if (depth > maxDepth) return tooDeeplyNested(pathOf(visit), maxDepth, subject);
      const entries: Array<readonly [string | number, unknown]> = Array.isArray(current)
        ? current.map((item, index) => [index, item] as const)
        : Object.entries(current);
      for (const [key] of entries) {
        const problem = typeof key === 'string' ? textProblem(key) : null;
        if (problem)
          return refusal(
            problem.code,
            visit,
            `${subject} has ${problem.what} in a key of the object at ${where(visit)}; ${problem.remedy}.`,
          );
      }
      for (const [key, item] of entries.reverse()) pending.push({ value: item, depth, parent: visit, key });
    }
  }
  return null;
}

/** The 400 for a body nested deeper than `maxDepth`, at `path` when known. */
export function tooDeeplyNested(
  path: string | null,
  maxDepth = MAX_JSON_DEPTH,
  subject = 'The request body',
): HttpError {
  const at = path === null ? '' : ` (at ${path || 'the top level'})`;
  return new HttpError(
    400,
    'too_deeply_nested',
    `${subject} nests objects and arrays more than ${maxDepth} levels deep${at}; send flatter data.`,
    path === null ? undefined : { path },
  );
}

interface Visit {
  value: unknown;
  /** How many objects and arrays enclose the value (0 for the body itself). */
  depth: number;
  parent: Visit | null;
  key: string | number | null;
}

interface TextProblem {
  code: 'invalid_unicode' | 'nul_character';
  what: string;
  remedy: string;
}

const LONE_SURROGATE: TextProblem = {
  code: 'invalid_unicode',
  what: 'text that is not well-formed Unicode (a lone UTF-16 surrogate, such as a "\\ud800" escape without its pair)',
  remedy: 'send whole characters',
};
const NUL: TextProblem = { code: 'nul_character', what: 'a NUL character (U+0000)', remedy: 'text may not contain it' };

function textProblem(text: string): TextProblem | null {
  if (hasLoneSurrogate(text)) return LONE_SURROGATE;
  return text.includes('\u0000') ? NUL : null;
}

function refusal(code: string, visit: Visit, message: string): HttpError {
  return new HttpError(400, code, message, { path: pathOf(visit) });
}

/** Longest key shown in a path: keys are the sender's text and may be long. */
const MAX_SHOWN_KEY = 60;

/** Where the value is, for a message. */
function where(visit: Visit): string {
  return pathOf(visit) || 'the top level';
}

/** The value's path as validation errors write it (`mutations.0.decision`; empty for the body itself). */
function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) {
    const characters = Array.from(String(at.key)); // whole characters: a cut never splits a surrogate pair
    keys.push(
      characters.length > MAX_SHOWN_KEY ? `${characters.slice(0, MAX_SHOWN_KEY).join('')}…` : characters.join(''),
    );
  }
  return keys.reverse().join('.');
}
