/** Reads an eval suite (JSON Lines) and says exactly which line is wrong and why. */
import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';
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
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      problems.push(`${at}: not valid JSON (${(e as Error).message})`);
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
  return parseSuite(readFileSync(file, 'utf8'), file);
}
