import { ENDPOINTS, type Endpoint } from '../../../server/api-spec.js';
import { MUTATION_ROLES } from '../../../shared/mutations/index.js';
import type { Role } from '../../../shared/api/queue-contract.js';
import type { FuzzWorld } from './fuzz-world.js';
import {
  headerValue,
  HOSTILE_QUERIES,
  HOSTILE_SEGMENTS,
  pathOf,
  percentEncode,
  queryOf,
  UNKNOWN_PATHS,
  WRONG_CONTENT_TYPES,
} from './hostile-http.js';
import {
  deepNesting,
  hostileNumber,
  hostileString,
  hostileValue,
  invalidUtf8String,
  wrongType,
} from './hostile-values.js';
import { authorization, TENANT_ROLES, type FuzzTokens, type Identity } from './identities.js';
import { malformJson, mutate } from './mutate.js';
import type { Prng } from './prng.js';
import { encodeFuzzJson, isFuzzObject, type FuzzJson } from './raw-json.js';
import { VALID_REQUESTS, type EndpointName, type ValidRequest } from './valid-requests.js';

/** Something to aim at: one endpoint of ENDPOINTS, or the routes the queue does not have. */
export interface FuzzTarget {
  name: string;
  endpoint: EndpointName | null;
  method: string;
  path: string;
  roles: readonly Role[] | null;
}

export const UNKNOWN_ROUTES = 'unknown routes';

/** Every endpoint the queue documents, plus unknown routes. */
export function fuzzTargets(): FuzzTarget[] {
  const documented = (Object.entries(ENDPOINTS) as [EndpointName, Endpoint][]).map(([endpoint, spec]) => ({
    name: `${spec.method} ${spec.path}`,
    endpoint,
    method: spec.method,
    path: spec.path,
    roles: spec.roles,
  }));
  return [...documented, { name: UNKNOWN_ROUTES, endpoint: null, method: 'GET', path: '/', roles: null }];
}

export interface FuzzRequest {
  target: string;
  identity: Identity;
  method: string;
  /** As sent on the request line (may hold raw bytes 0x80-0xff). */
  path: string;
  headers: Record<string, string>;
  body: Buffer | null;
  /** How it was made, for a failure message ("mutated body: 1e400 ..."). */
  shape: string;
  /** Still aimed at the target's route and method, so the target's role list applies to it. */
  routed: boolean;
  /** Mutation ids in the push that the identity's role may not push (each once in the push). */
  forbiddenMutationIds: number[];
}

const SHAPES = [
  [28, 'valid'],
  [30, 'mutated'],
  [6, 'hostile body'],
  [9, 'malformed JSON'],
  [6, 'wrong content type'],
  [8, 'hostile path'],
  [8, 'hostile query'],
  [3, 'wrong method'],
  [0.5, 'huge body'],
] as const;
type Shape = (typeof SHAPES)[number][1];

/** Ids of the push's mutations the role may not push, counting only ids that appear once. */
function forbiddenMutations(identity: Identity, body: FuzzJson | undefined): number[] {
  if (!TENANT_ROLES.includes(identity)) return [];
  if (body === undefined || !isFuzzObject(body) || !Array.isArray(body.mutations)) return [];
  const entries = body.mutations
    .filter(isFuzzObject)
    .filter((m) => typeof m.id === 'number' && typeof m.type === 'string');
  const counts = new Map<number, number>();
  for (const entry of entries) counts.set(entry.id as number, (counts.get(entry.id as number) ?? 0) + 1);
  return entries
    .filter((entry) => {
      const roles = MUTATION_ROLES[entry.type as keyof typeof MUTATION_ROLES] as readonly Role[] | undefined;
      return roles !== undefined && !roles.includes(identity as Role) && counts.get(entry.id as number) === 1;
    })
    .map((entry) => entry.id as number);
}

function hostileBody(prng: Prng): FuzzJson {
  return prng.weighted<() => FuzzJson>([
    [3, () => deepNesting(prng)],
    [2, () => hostileValue(prng)],
    [1, () => wrongType(prng)],
    [1, () => ({ [hostileString(prng)]: hostileValue(prng) })],
    [1, () => invalidUtf8String(prng)],
    [1, () => hostileNumber(prng)],
  ])();
}

/** One hostile request at `target` as `identity`; `valid` comes from VALID_REQUESTS. */
export function generateRequest(
  prng: Prng,
  world: FuzzWorld,
  target: FuzzTarget,
  identity: Identity,
  tokens: FuzzTokens,
): FuzzRequest {
  const valid: ValidRequest = target.endpoint ? VALID_REQUESTS[target.endpoint](prng, world, identity) : {};
  const shape: Shape = target.endpoint === null ? 'hostile path' : prng.weighted(SHAPES);
  let method = target.method;
  let path = pathOf(target.path, valid.params) + queryOf(valid.query);
  let body: FuzzJson | undefined = valid.body;
  let contentType: string | null = 'application/json';
  let routed = target.endpoint !== null;
  let detail = '';

  switch (shape) {
    case 'valid':
      break;
    case 'mutated':
      if (body !== undefined) body = mutate(prng, body);
      else if (valid.query && prng.chance(0.7))
        path = pathOf(target.path, valid.params) + queryOf(mutate(prng, valid.query) as Record<string, FuzzJson>);
      else body = mutate(prng, {}); // a body on a request that takes none
      break;
    case 'hostile body':
      body = hostileBody(prng);
      break;
    case 'malformed JSON': {
      const malformed = malformJson(prng, encodeFuzzJson(body ?? { a: 1 }));
      body = malformed;
      detail = malformed.label;
      break;
    }
    case 'wrong content type':
      contentType = prng.pick(WRONG_CONTENT_TYPES);
      body ??= { a: 1 };
      detail = `content-type ${JSON.stringify(contentType)}`;
      break;
    case 'hostile path':
      if (target.endpoint === null) {
        path = prng.chance(0.5)
          ? prng.pick(UNKNOWN_PATHS)
          : `/v1/${prng.pick(HOSTILE_SEGMENTS)}/${percentEncode(hostileString(prng)).slice(0, 300)}`;
        method = prng.pick(['GET', 'GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']);
        if (method !== 'GET' && method !== 'HEAD' && prng.chance(0.5)) body = hostileBody(prng);
      } else if (target.path.includes(':')) {
        path = target.path.replace(/:(\w+)/g, () => prng.pick(HOSTILE_SEGMENTS)) + queryOf(valid.query);
        routed = false;
      } else {
        path = `${target.path}${prng.pick(['/', '/x', '%00', '/..', '/%2e%2e', '//'])}`;
        routed = false;
      }
      break;
    case 'hostile query':
      path = `${pathOf(target.path, valid.params)}?${prng.pick(HOSTILE_QUERIES)}`;
      break;
    case 'wrong method':
      method = prng.pick(
        ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'].filter((m) => m !== target.method),
      );
      routed = false;
      break;
    case 'huge body':
      body = {
        ...(isFuzzObject(body ?? null) ? (body as { [key: string]: FuzzJson }) : {}),
        padding: 'x'.repeat(prng.pick([900_000, 1_100_000])),
      };
      break;
  }

  const headers: Record<string, string> = {};
  const auth = authorization(prng, identity, tokens);
  if (auth !== null) headers.authorization = auth;
  const bytes = body === undefined ? null : encodeFuzzJson(body);
  if (bytes !== null && contentType !== null) headers['content-type'] = contentType;
  if (target.endpoint === 'intake' && prng.chance(0.3))
    headers['idempotency-key'] = headerValue(prng.chance(0.5) ? `fuzz-${prng.int(0, 100)}` : hostileString(prng)).slice(
      0,
      300,
    );
  if (prng.chance(0.02)) headers['content-encoding'] = prng.pick(['gzip', 'br', 'identity', 'x-unknown']);
  if (prng.chance(0.02)) headers['x-forwarded-for'] = headerValue(hostileString(prng)).slice(0, 200);

  return {
    target: target.name,
    identity,
    method,
    path,
    headers,
    body: bytes,
    shape: detail ? `${shape} (${detail})` : shape,
    routed,
    forbiddenMutationIds: routed && target.endpoint === 'mutations' ? forbiddenMutations(identity, body) : [],
  };
}

/** The request as a person reads it in a failure message: method, path, identity, shape and the start of the body. */
export function describeRequest(request: FuzzRequest): string {
  const body =
    request.body === null
      ? ''
      : ` body ${request.body.length} bytes: ${JSON.stringify(request.body.subarray(0, 600).toString('latin1'))}`;
  const path =
    request.path.length > 200 ? `${request.path.slice(0, 200)}… (${request.path.length} chars)` : request.path;
  const contentType = request.headers['content-type'];
  return `${request.method} ${JSON.stringify(path)} as ${request.identity} [${request.target}; ${request.shape}]${contentType === undefined ? '' : ` content-type ${JSON.stringify(contentType)}`}${body}`;
}
