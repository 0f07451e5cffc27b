import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../../shared/api/input-limits.js';
import { refusedJsonInput } from '../../../server/json-input-guard.js';

const nested = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));
const refusal = (value: unknown) => {
  const error = refusedJsonInput(value);
  return error && { status: error.statusCode, code: error.code, details: error.details };
};

describe('refusedJsonInput: what no route may see in a JSON body', () => {
  it(`nesting: ${MAX_JSON_DEPTH} levels pass, one more is refused with where; a million levels cost no stack`, () => {
    expect(refusedJsonInput(nested(MAX_JSON_DEPTH))).toBeNull();
    expect(refusal(nested(MAX_JSON_DEPTH + 1))).toEqual({
      status: 400,
      code: 'too_deeply_nested',
      details: { path: Array(MAX_JSON_DEPTH).fill('0').join('.') },
    });
    expect(refusal({ a: [{ b: nested(MAX_JSON_DEPTH - 2) }] })).toMatchObject({
      code: 'too_deeply_nested',
      details: { path: expect.stringMatching(/^a\.0\.b\.0/) },
    });
    expect(refusal(nested(1_000_000))).toMatchObject({ code: 'too_deeply_nested' });
  });

  it('text: surrogate pairs pass; a lone surrogate or NUL in a value or a key is refused with its path', () => {
    expect(refusedJsonInput({ subject: 'Hi \ud83d\ude00', ['\ud83d\ude00']: ['ok'] })).toBeNull();
    expect(refusal({ a: ['ok', 'x\ud800'] })).toEqual({
      status: 400,
      code: 'invalid_unicode',
      details: { path: 'a.1' },
    });
    expect(refusal({ a: { '\udc00': 1 } })).toEqual({ status: 400, code: 'invalid_unicode', details: { path: 'a' } });
    expect(refusal({ a: 'x\u0000' })).toEqual({ status: 400, code: 'nul_character', details: { path: 'a' } });
    expect(refusal({ '\u0000': 1 })).toEqual({ status: 400, code: 'nul_character', details: { path: '' } });
    expect(refusedJsonInput({ a: 'x\u0000' })?.message).toContain('at a;');
  });

  it('numbers: the largest finite double passes; Infinity (what JSON.parse makes of 1e400) is refused', () => {
    expect(refusedJsonInput(JSON.parse('{"a":1.7976931348623157e308,"b":-5e-324}'))).toBeNull();
    expect(refusal(JSON.parse('{"a":[1,-1e400]}'))).toEqual({
      status: 400,
      code: 'number_out_of_range',
      details: { path: 'a.1' },
    });
  });

  it('the first problem in document order is the one reported', () => {
    expect(refusal({ first: 'x\u0000', second: 'y\ud800' })).toMatchObject({
      code: 'nul_character',
      details: { path: 'first' },
    });
    expect(refusal([['\ud800'], '\u0000'])).toMatchObject({ code: 'invalid_unicode', details: { path: '0.0' } });
  });
});
