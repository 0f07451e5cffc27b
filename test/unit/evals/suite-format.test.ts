import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSuite, parseSuite, SUITE_LIMITS, SuiteFormatError } from '../../../evals/load-suite.js';
import { routedOnlyReason } from '../../../shared/evals/suite-format.js';
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

  it('reads routing conditions, recorded model answers and route expectations', () => {
    const suite = parseSuite(
      [
        HEADER,
        CASE('plain'),
        '{"id":"budget","messages":["hi"],"conditions":{"budgetUsd":0,"policy":{"budget":{"whenExhausted":"builtin"},"whenModelDown":"people"}},"expect":{"decision":"escalate","route":"person","escalationReason":"budget_exhausted"}}',
        '{"id":"down","messages":["hi"],"model":"outage","expect":{"decision":"escalate","route":["person","builtin"]}}',
        '{"id":"answered","messages":["hi"],"model":[{"tool":"lookup","arguments":{"id":"1"}},{"status":503},{"final":"{}"}],"expect":{"decision":"resolve"}}',
      ].join('\n'),
    );
    const [plain, budget, down, answered] = suite.cases;
    expect(budget!.conditions).toEqual({
      budgetUsd: 0,
      policy: { budget: { whenExhausted: 'builtin' }, whenModelDown: 'people' },
    });
    expect(down!.model).toBe('outage');
    expect(answered!.model).toHaveLength(3);
    expect(suite.cases.map(routedOnlyReason)).toEqual([
      null,
      'it sets routing conditions (budget, policy)',
      'it carries the model’s recorded answers',
      'it carries the model’s recorded answers',
    ]);
    expect(plain!.expect.route).toBeUndefined();
  });

  it('refuses hostile or oversized case fields with the line and the field', () => {
    const deep = `{"id":"deep","messages":["hi"],"expect":{"decision":"resolve","toolCalls":[{"name":"x","arguments":{"a":${'['.repeat(5000)}${']'.repeat(5000)}}}]}}`;
    const p = problems(
      [
        HEADER,
        `{"id":"long","messages":["${'x'.repeat(SUITE_LIMITS.lineChars)}"],"expect":{"decision":"resolve"}}`,
        deep,
        '{"id":"hang","messages":["hi"],"model":[{"hangMs":86400000}],"expect":{"decision":"escalate"}}',
        `{"id":"steps","messages":["hi"],"model":[${Array(21).fill('{"status":500}').join(',')}],"expect":{"decision":"escalate"}}`,
        '{"id":"budget","messages":["hi"],"conditions":{"budgetUsd":-1},"expect":{"decision":"escalate"}}',
        '{"id":"policy","messages":["hi"],"conditions":{"policy":{"whenModelDown":"pray"}},"expect":{"decision":"escalate"}}',
        '{"id":"status","messages":["hi"],"model":[{"status":200}],"expect":{"decision":"escalate"}}',
        `{"id":"phrases","messages":["hi"],"expect":{"decision":"resolve","replyContains":${JSON.stringify(Array(51).fill('x'))}}}`,
        '{"id":"route","messages":["hi"],"expect":{"decision":"resolve","route":"robot"}}',
        `{"id":"final","messages":["hi"],"model":[{"final":"${'y'.repeat(20_001)}"}],"expect":{"decision":"resolve"}}`,
      ].join('\n'),
    );
    expect(p).toHaveLength(10);
    expect(p[0]).toMatch(/^line 2: \d+ characters, more than a case may hold/);
    expect(p[1]).toBe('line 3: nests arrays and objects more than 64 levels deep');
    expect(p[2]).toMatch(/^line 4 \(case "hang"\): "model/);
    expect(p[3]).toMatch(/^line 5 \(case "steps"\): "model/);
    expect(p[4]).toMatch(/^line 6 \(case "budget"\): "conditions.budgetUsd"/);
    expect(p[5]).toMatch(/^line 7 \(case "policy"\): "conditions.policy.whenModelDown"/);
    expect(p[6]).toMatch(/^line 8 \(case "status"\): "model/);
    expect(p[7]).toMatch(/^line 9 \(case "phrases"\): "expect.replyContains"/);
    expect(p[8]).toMatch(/^line 10 \(case "route"\): "expect.route"/);
    expect(p[9]).toMatch(/^line 11 \(case "final"\): "model/);
  });

  it('refuses a suite file larger than a suite may be, before reading it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sb-suite-')), 'huge.jsonl');
    writeFileSync(file, HEADER);
    truncateSync(file, SUITE_LIMITS.fileBytes + 1);
    expect(() => loadSuite(file)).toThrow(/the file has \d+ bytes, more than a suite may/);
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
