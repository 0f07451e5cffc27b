import { existsSync, readFileSync } from 'node:fs';

/**
 * The parsed JSON of `file`, for the evaluation's own files (suites' baselines, engine overrides, τ tasks). A missing
 * file or one that is not JSON throws `Failure` with a message starting with `what` (e.g. "The baseline") and the
 * path; `missingHint` is added to the missing-file message.
 */
export function readJsonFile(
  file: string,
  what: string,
  Failure: new (message: string) => Error,
  missingHint = '',
): unknown {
  if (!existsSync(file)) throw new Failure(`${what} ${file} does not exist${missingHint}.`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (e) {
    throw new Failure(`${what} ${file} is not valid JSON: ${(e as Error).message}`);
  }
}
