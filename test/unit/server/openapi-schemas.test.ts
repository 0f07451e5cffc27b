import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { SchemaComponents } from '../../../server/openapi-schemas.js';

interface TreeNode {
  label: string;
  children: TreeNode[];
}
const TreeNodeSchema: z.ZodType<TreeNode> = z.lazy(() =>
  z.strictObject({ label: z.string(), children: z.array(TreeNodeSchema) }),
);

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const JsonSchema: z.ZodType<Json> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(JsonSchema), z.record(z.string(), JsonSchema)]),
);

const refsIn = (value: unknown): string[] =>
  [...JSON.stringify(value).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);

describe('zod schemas as OpenAPI 3.1 schema objects', () => {
  it('moves a recursive definition to components.schemas once, however many schemas use it, and points every reference there', () => {
    const components = new SchemaComponents();
    const request = components.convert(z.strictObject({ tree: TreeNodeSchema }), 'input');
    const answer = components.convert(z.strictObject({ trees: z.array(TreeNodeSchema) }), 'output');
    expect(Object.keys(components.schemas)).toEqual(['RecursiveValue']);
    const node = components.schemas.RecursiveValue!;
    expect(node).toMatchObject({
      type: 'object',
      properties: { children: { type: 'array', items: { $ref: '#/components/schemas/RecursiveValue' } } },
    });
    for (const ref of [...refsIn(request), ...refsIn(answer), ...refsIn(components.schemas)])
      expect(ref).toBe('#/components/schemas/RecursiveValue');
    expect(JSON.stringify([request, answer])).not.toMatch(/\$defs|\$schema/);
  });

  it('writes a recursive definition that accepts every JSON value as the schema that says so', () => {
    const components = new SchemaComponents();
    const converted = components.convert(
      z.strictObject({ result: JsonSchema, args: z.record(z.string(), JsonSchema) }),
      'output',
    );
    expect(components.schemas).toEqual({});
    expect(converted).toMatchObject({
      properties: {
        result: { description: 'Any JSON value.' },
        args: { additionalProperties: { description: 'Any JSON value.' } },
      },
    });
    expect(refsIn(converted)).toEqual([]);
  });

  it('names a schema asked for by name, and refuses a second schema of that name', () => {
    const components = new SchemaComponents();
    expect(components.convert(z.strictObject({ code: z.string() }), 'output', 'ErrorBody')).toEqual({
      $ref: '#/components/schemas/ErrorBody',
    });
    expect(components.schemas.ErrorBody).toMatchObject({ type: 'object', required: ['code'] });
    expect(() => components.convert(z.string(), 'output', 'ErrorBody')).toThrow(/Two schemas are named ErrorBody/);
  });
});
