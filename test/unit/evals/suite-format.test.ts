import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSuite, parseSuite, SuiteFormatError } from '../../../evals/load-suite.js';
import { REPO_ROOT } from '../ai/fixtures.js';

const HEADER = '{"suite":{"name":"t","tenant":"payments","gate":{"passRate":0.02}}}';
const CASE = (id: string, extra = '') => `{"id":"${id}","messages":["hi"],"expect":{"decision":"escalate"${extra}}}`;

function problems(text: string): string[] {
  try {
    parseSuite(text, 'suite.jsonl');
  } catch (e) {
    if (e instanceof SuiteFormatError) return e.problems;
    throw e;
  }
  throw new Error('the suite parsed');
}

describe('eval suite format', () => {
  it('reads the header and the cases, skipping blank lines', () => {
    const suite = parseSuite(
      [HEADER, CASE('a'), '', CASE('b', ',"intent":["x","y"],"ownerQueue":"general"')].join('\n'),
    );
    expect(suite.header).toMatchObject({ name: 't', tenant: 'payments', gate: { passRate: 0.02 } });
    expect(suite.cases.map((c) => c.id)).toEqual(['a', 'b']);
    expect(suite.cases[1]!.expect.intent).toEqual(['x', 'y']);
    expect(suite.cases[0]!.tags).toEqual([]);
  });

  it('names the line and the field of every problem', () => {
    const text = [
      HEADER,
      CASE('a'),
      '{"id":"b","messages":[],"expect":{"decision":"escalate"}}',
      'not json',
      CASE('a'),
      '{"id":"c","messages":["x"],"expect":{"decision":"maybe"}}',
      '{"id":"d","messages":["x"],"expect":{"decision":"resolve","replyContain":["x"]}}',
    ].join('\n');
    const p = problems(text);
    expect(p).toHaveLength(5);
    expect(p[0]).toMatch(/^line 3 \(case "b"\): "messages"/);
    expect(p[1]).toMatch(/^line 4: not valid JSON/);
    expect(p[2]).toBe('line 5: case id "a" is already used on line 2');
    expect(p[3]).toMatch(/^line 6 \(case "c"\): "expect.decision"/);
    expect(p[4]).toMatch(/^line 7 \(case "d"\): .*replyContain/);
  });

  it('requires the header first, one header only, and at least one case', () => {
    expect(problems(CASE('a'))[0]).toMatch(/^line 1: the first line must be the suite header/);
    expect(problems([HEADER, HEADER, CASE('a')].join('\n'))[0]).toMatch(/^line 2: a second suite header/);
    expect(problems(HEADER)[0]).toMatch(/no cases/);
    expect(problems('')[0]).toMatch(/empty/);
    expect(problems('{"suite":{"name":"t","tenant":"p","gate":{"passrate":0.1}}}\n' + CASE('a'))[0]).toMatch(
      /^line 1: .*passrate/,
    );
  });

  it('explains a missing file', () => {
    expect(() => loadSuite('/nonexistent/suite.jsonl')).toThrow(/does not exist/);
  });

  it.each(['payments', 'retail'])(
    'the %s golden suite is valid: >= 150 cases, >= 10 languages, every hard category',
    (tenant) => {
      const file = join(REPO_ROOT, 'resources', 'evals', `${tenant}.golden.jsonl`);
      const suite = loadSuite(file);
      expect(suite.header.tenant).toBe(tenant);
      expect(suite.cases.length).toBeGreaterThanOrEqual(150);
      const languages = new Set(suite.cases.map((c) => c.expect.language).filter(Boolean));
      expect(languages.size).toBeGreaterThanOrEqual(10);
      const tags = new Set(suite.cases.flatMap((c) => c.tags));
      for (const tag of ['human_request', 'angry', 'injection', 'pii', 'ambiguous', 'multi_intent'])
        expect(tags, tag).toContain(tag);
      expect(Object.keys(suite.header.gate).length).toBeGreaterThan(3);
      // Every line of the file is the header or a case (nothing silently skipped).
      expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(suite.cases.length + 1);
    },
  );
});
