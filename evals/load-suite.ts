/** Reads an eval suite (JSON Lines) and says exactly which line is wrong and why. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { MAX_JSON_DEPTH } from '../shared/api/input-limits.js';
import { nestsDeeperThan } from '../shared/json-depth.js';
import { EvalCaseSchema, SuiteHeaderSchema, type EvalCase, type SuiteHeader } from '../shared/evals/suite-format.js';

export interface Suite {
  file: string;
  header: SuiteHeader['suite'];
  cases: EvalCase[];
}

export class SuiteFormatError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is not a valid eval suite:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** Every problem at most this many times, so a wholly wrong file does not print thousands of lines. */
const MAX_PROBLEMS = 20;

/**
 * A suite is input like any other: bounded before anything parses it. A case holds at most 50 messages of 20,000
 * characters and 20 recorded model answers, so a line of 2 MB holds any valid case; a file of 50 MB, thousands.
 */
export const SUITE_LIMITS = { fileBytes: 50 * 1024 * 1024, lineChars: 2 * 1024 * 1024, cases: 10_000 } as const;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? `"${i.path.join('.')}"` : 'the line'}: ${i.message}`)
    .join('; ');
}

export function parseSuite(text: string, file = '<suite>'): Suite {
  const problems: string[] = [];
  const lines = text.split(/\r?\n/);
  let header: SuiteHeader['suite'] | null = null;
  const cases: EvalCase[] = [];
  const seen = new Map<string, number>();
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const at = `line ${index + 1}`;
    if (!line || problems.length >= MAX_PROBLEMS) return;
    if (line.length > SUITE_LIMITS.lineChars) {
      problems.push(`${at}: ${line.length} characters, more than a case may hold (${SUITE_LIMITS.lineChars})`);
      return;
    }
    if (cases.length >= SUITE_LIMITS.cases) {
      problems.push(`${at}: more than ${SUITE_LIMITS.cases} cases; split the suite`);
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      problems.push(`${at}: not valid JSON (${(e as Error).message})`);
      return;
    }
    // Before any schema recurses into it: hostile nesting must not exhaust the stack.
    if (nestsDeeperThan(json, MAX_JSON_DEPTH)) {
      problems.push(`${at}: nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`);
      return;
    }
    if (header === null && cases.length === 0 && !problems.length) {
      const parsed = SuiteHeaderSchema.safeParse(json);
      if (!parsed.success) {
        problems.push(
          `${at}: the first line must be the suite header {"suite":{"name":...,"tenant":...,"gate":{...}}}: ${describeIssues(parsed.error)}`,
        );
        return;
      }
      header = parsed.data.suite;
      return;
    }
    if (json !== null && typeof json === 'object' && 'suite' in json) {
      problems.push(`${at}: a second suite header; only the first line may be one`);
      return;
    }
    const parsed = EvalCaseSchema.safeParse(json);
    if (!parsed.success) {
      const id =
        json !== null && typeof json === 'object' && 'id' in json
          ? ` (case "${String((json as { id: unknown }).id)}")`
          : '';
      problems.push(`${at}${id}: ${describeIssues(parsed.error)}`);
      return;
    }
    const before = seen.get(parsed.data.id);
    if (before !== undefined) {
      problems.push(`${at}: case id "${parsed.data.id}" is already used on line ${before}`);
      return;
    }
    seen.set(parsed.data.id, index + 1);
    cases.push(parsed.data);
  });
  if (!problems.length && header === null) problems.push('the file is empty: line 1 must be the suite header');
  if (!problems.length && cases.length === 0) problems.push('the suite has a header but no cases');
  if (problems.length) throw new SuiteFormatError(file, problems);
  return { file, header: header!, cases };
}

export function loadSuite(file: string): Suite {
  if (!existsSync(file)) throw new SuiteFormatError(file, [`the file does not exist`]);
  const bytes = statSync(file).size;
  if (bytes > SUITE_LIMITS.fileBytes)
    throw new SuiteFormatError(file, [
      `the file has ${bytes} bytes, more than a suite may (${SUITE_LIMITS.fileBytes})`,
    ]);
  return parseSuite(readFileSync(file, 'utf8'), file);
}
