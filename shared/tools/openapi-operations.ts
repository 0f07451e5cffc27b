import { MAX_JSON_DEPTH } from '../api/input-limits.js';
import { nestsDeeperThan } from '../json-depth.js';
import { unsupportedSchemaPart, type JsonSchema } from './json-schema-subset.js';
import { OpenApiReadError, refInliner, type RefInliner } from './openapi-refs.js';
import {
  DocumentPolicySchema,
  OperationIdSchema,
  OperationPolicySchema,
  TOOL_POLICY_EXTENSION,
  type DocumentPolicy,
  type OperationPolicy,
} from './tool-policy.js';

/**
 * A tenant's OpenAPI document (3.0 or 3.1, JSON) read into the operations the AI may call: those with an
 * `x-switchboard` policy (tool-policy.ts). Each becomes one function: its name the operationId, its arguments the
 * path and query parameters and the JSON request body's properties in one object, its answer the 2xx JSON response's
 * schema. Bounded (MAX_TOOL_OPERATIONS, nesting, inlined $refs) and pure: the settings check and the engine read it.
 */
export const MAX_TOOL_OPERATIONS = 100;
export const MAX_TOOL_DESCRIPTION_LENGTH = 1_024;
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type ToolHttpMethod = (typeof HTTP_METHODS)[number];

export interface ToolParameter {
  name: string;
  in: 'path' | 'query' | 'body';
  required: boolean;
  schema: JsonSchema;
}

export interface ToolOperation {
  operationId: string;
  method: ToolHttpMethod;
  /** As in the document, with `{name}` placeholders. */
  path: string;
  description: string;
  parameters: ToolParameter[];
  /** All arguments as one JSON schema object (what the model is offered). */
  argumentsSchema: { type: 'object'; properties: Record<string, JsonSchema>; required: string[] };
  /** The 2xx JSON answer's schema; null when the operation declares none (its answer is not read). */
  responseSchema: JsonSchema | null;
  policy: OperationPolicy;
}

export interface ToolApiDocument {
  title: string;
  operations: ToolOperation[];
  policy: DocumentPolicy;
}

export type ToolApiReading = { ok: true; document: ToolApiDocument } | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the document's text; the error names where it went wrong (`#/paths/~1orders/get/...: ...`). */
export function readToolApiDocument(text: string): ToolApiReading {
  const known = recentReadings.get(text);
  if (known) return known;
  let reading: ToolApiReading;
  try {
    reading = { ok: true, document: readDocument(text) };
  } catch (e) {
    if (!(e instanceof OpenApiReadError)) throw e;
    reading = { ok: false, error: e.message };
  }
  // The same document is read wherever its setting is parsed (every settings read) and again by the tool box: the
  // latest readings are kept, by their text, so it is read once.
  if (recentReadings.size >= MAX_RECENT_READINGS) recentReadings.delete(recentReadings.keys().next().value!);
  recentReadings.set(text, reading);
  return reading;
}

/** A tenant keeps at most 20 tool APIs; a few tenants' worth of documents. */
const MAX_RECENT_READINGS = 64;
const recentReadings = new Map<string, ToolApiReading>();

const fail = (message: string): never => {
  throw new OpenApiReadError(message);
};

function readDocument(text: string): ToolApiDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    fail(`The document is not JSON: ${(e as Error).message}`);
  }
  if (!isObject(json)) return fail('The document must be a JSON object.');
  if (nestsDeeperThan(json, MAX_JSON_DEPTH)) fail(`The document nests deeper than ${MAX_JSON_DEPTH} levels.`);
  if (typeof json.openapi !== 'string' || !/^3\.[01]\.\d+$/.test(json.openapi))
    fail('#/openapi: the document must be OpenAPI 3.0 or 3.1 ("openapi": "3.1.0").');
  const info = isObject(json.info) ? json.info : {};
  const title = typeof info.title === 'string' ? info.title.slice(0, 200) : 'API';
  const rootPolicy = DocumentPolicySchema.safeParse(json[TOOL_POLICY_EXTENSION] ?? {});
  if (!rootPolicy.success) fail(`#/${TOOL_POLICY_EXTENSION}: ${issueText(rootPolicy.error.issues)}`);
  if (!isObject(json.paths)) return fail('#/paths: the document has no paths.');
  const refs = refInliner(json);
  const operations: ToolOperation[] = [];
  for (const [path, rawItem] of Object.entries(json.paths)) {
    const itemPath = `#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!path.startsWith('/')) fail(`${itemPath}: a path starts with /`);
    const item = refs.inline(rawItem, itemPath);
    if (!isObject(item)) return fail(`${itemPath}: must be an object`);
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op) || op[TOOL_POLICY_EXTENSION] === undefined) continue;
      if (operations.length === MAX_TOOL_OPERATIONS)
        fail(`The document offers more than ${MAX_TOOL_OPERATIONS} operations to the AI.`);
      operations.push(readOperation(op, item.parameters, method, path, `${itemPath}/${method}`, refs));
    }
  }
  if (operations.length === 0) fail(`No operation carries an "${TOOL_POLICY_EXTENSION}" policy: the AI gets no tools.`);
  checkCrossReferences(operations, rootPolicy.data!);
  return { title, operations, policy: rootPolicy.data! };
}

function issueText(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const first = issues[0]!;
  return `${first.path.length ? `${first.path.map(String).join('/')}: ` : ''}${first.message}`;
}

function readOperation(
  op: Record<string, unknown>,
  sharedParameters: unknown,
  method: ToolHttpMethod,
  path: string,
  at: string,
  refs: RefInliner,
): ToolOperation {
  const id = OperationIdSchema.safeParse(op.operationId);
  if (!id.success) fail(`${at}/operationId: ${id.error.issues[0]!.message}`);
  const policy = OperationPolicySchema.safeParse(op[TOOL_POLICY_EXTENSION]);
  if (!policy.success) fail(`${at}/${TOOL_POLICY_EXTENSION}: ${issueText(policy.error.issues)}`);
  const parameters = [
    ...readParameters(sharedParameters, `${at}/../parameters`),
    ...readParameters(op.parameters, `${at}/parameters`),
  ];
  for (const placeholder of path.matchAll(/\{([^}]+)\}/g)) {
    if (!parameters.some((p) => p.in === 'path' && p.name === placeholder[1]))
      fail(`${at}: the path parameter {${placeholder[1]}} is not declared`);
  }
  parameters.push(...readBody(refs.inline(op.requestBody, `${at}/requestBody`), `${at}/requestBody`));
  const seen = new Set<string>();
  for (const p of parameters) {
    if (seen.has(p.name)) fail(`${at}: the argument "${p.name}" is declared twice (path, query or body)`);
    seen.add(p.name);
  }
  const text = [op.summary, op.description].filter((s): s is string => typeof s === 'string' && s.trim() !== '');
  return {
    operationId: id.data!,
    method,
    path,
    description: text.join('\n\n').slice(0, MAX_TOOL_DESCRIPTION_LENGTH),
    parameters,
    argumentsSchema: {
      type: 'object',
      properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema])),
      required: parameters.filter((p) => p.required).map((p) => p.name),
    },
    responseSchema: readResponse(refs.inline(op.responses, `${at}/responses`), `${at}/responses`),
    policy: policy.data!,
  };

  function readParameters(list: unknown, listAt: string): ToolParameter[] {
    if (list === undefined) return [];
    const inlined = refs.inline(list, listAt);
    if (!Array.isArray(inlined)) return fail(`${listAt}: must be a list`);
    return inlined.map((p, i) => {
      const here = `${listAt}/${i}`;
      if (!isObject(p) || typeof p.name !== 'string') return fail(`${here}: a parameter has a name`);
      if (p.in !== 'path' && p.in !== 'query')
        return fail(`${here}: only path and query parameters are supported, not ${String(p.in)}`);
      return {
        name: p.name,
        in: p.in,
        required: p.in === 'path' || p.required === true,
        schema: schemaAt(p.schema, `${here}/schema`),
      };
    });
  }
}

function schemaAt(schema: unknown, at: string): JsonSchema {
  const s = schema ?? {};
  const problem = unsupportedSchemaPart(s, at);
  if (problem) fail(problem);
  return s as JsonSchema;
}

function jsonContent(content: unknown, at: string): unknown {
  if (!isObject(content)) return undefined;
  const json = content['application/json'];
  if (json === undefined) return fail(`${at}/content: only application/json is supported`);
  return isObject(json) ? json.schema : undefined;
}

function readBody(body: unknown, at: string): ToolParameter[] {
  if (body === undefined) return [];
  if (!isObject(body)) return fail(`${at}: must be an object`);
  const schema = jsonContent(body.content, at);
  if (schema === undefined) return [];
  const s = schemaAt(schema, `${at}/content/application~1json/schema`);
  if (!isObject(s) || s.type !== 'object' || !isObject(s.properties))
    return fail(`${at}: the JSON body must be an object schema with properties (they become arguments)`);
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  return Object.entries(s.properties).map(([name, schema]) => ({
    name,
    in: 'body' as const,
    required: required.has(name),
    schema: schema as JsonSchema,
  }));
}

function readResponse(responses: unknown, at: string): JsonSchema | null {
  if (!isObject(responses)) return fail(`${at}: the operation declares no responses`);
  const success = Object.keys(responses).find((code) => /^2(?:\d\d|XX)$/.test(code));
  if (!success) return fail(`${at}: the operation declares no 2xx response`);
  const response = responses[success];
  if (!isObject(response)) return fail(`${at}/${success}: must be an object`);
  const schema = jsonContent(response.content, `${at}/${success}`);
  return schema === undefined ? null : schemaAt(schema, `${at}/${success}/content/application~1json/schema`);
}

/** What a policy names must exist: its arguments, its lookups (with the arguments they are called with), its limit. */
function checkCrossReferences(operations: readonly ToolOperation[], documentPolicy: DocumentPolicy): void {
  const byId = new Map<string, ToolOperation>();
  for (const op of operations) {
    if (byId.has(op.operationId)) fail(`The operationId "${op.operationId}" is used twice.`);
    byId.set(op.operationId, op);
  }
  for (const op of operations) {
    const at = `${op.operationId}: ${TOOL_POLICY_EXTENSION}`;
    const has = (name: string | undefined, what: string) => {
      if (name !== undefined && !op.parameters.some((p) => p.name === name))
        fail(`${at}: ${what} "${name}" is not one of the operation's arguments`);
    };
    const { identify, customerArgument, resource, customerOwns, money } = op.policy;
    has(identify?.emailArgument, 'identify.emailArgument');
    has(customerArgument, 'customerArgument');
    has(resource?.argument, 'resource.argument');
    has(resource?.items?.argument, 'resource.items.argument');
    if (resource) {
      const lookup = byId.get(resource.lookup);
      if (!lookup || lookup.policy.effect !== 'read' || !lookup.parameters.some((p) => p.name === resource.argument))
        fail(`${at}: resource.lookup "${resource.lookup}" must be a read operation taking "${resource.argument}"`);
    }
    for (const owned of customerOwns ?? []) {
      has(owned.argument, 'customerOwns.argument');
      const lookup = byId.get(owned.lookup);
      if (!lookup || lookup.policy.effect !== 'read' || !lookup.policy.customerArgument)
        fail(`${at}: customerOwns.lookup "${owned.lookup}" must be a read operation with a customerArgument`);
    }
    if (money) {
      if ('argument' in money.amount) has(money.amount.argument, 'money.amount.argument');
      if (!documentPolicy.moneyLimits[money.limit])
        fail(`${at}: money.limit "${money.limit}" is not one of the document's moneyLimits`);
    }
  }
}
