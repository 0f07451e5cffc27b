import type { FastifyInstance } from 'fastify';
import type { SecretStatusList, SigningSecret } from '../../shared/api/webhook-contract.js';
import { ENDPOINTS, SecretOwnerParamsSchema } from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { actorOf } from '../auth/request-actor.js';
import { HttpError, notFound } from '../http-errors.js';
import type { QueueSecrets } from '../secrets/queue-secrets.js';
import { makeSigningSecret } from '../secrets/signing-secrets.js';
import { parseInput } from '../validation.js';
import type { RouteDeps } from './route-deps.js';

/** 503 when the queue has no secret key to seal (or open) signing secrets with: the message names what to set. */
export function requireSecretKey(secrets: QueueSecrets): void {
  const unavailable = secrets.unavailable;
  if (unavailable !== null) throw new HttpError(503, 'secret_key_missing', unavailable);
}

/**
 * Signing secrets (shared/api/webhook-contract.ts): an admin makes a webhook's, generic channel's or widget's secret
 * and sees it once; leads and admins see which settings have one, never the secrets.
 */
export function registerSecretRoutes(app: FastifyInstance, deps: RouteDeps, secrets: QueueSecrets): void {
  const { store } = deps;
  const noOwner = (kind: string, id: string) =>
    notFound(
      kind === 'channel' ? `There is no generic channel (type webhook) "${id}".` : `There is no ${kind} "${id}".`,
    );

  app.post(ENDPOINTS.makeSigningSecret.path, guard(store, ENDPOINTS.makeSigningSecret), async (request, reply) => {
    const caller = callerOf(request);
    const { kind, id } = parseInput(SecretOwnerParamsSchema, request.params, 'secret owner');
    // No such setting is said before a missing key: the same answer as for another tenant's setting.
    if (!(await store.webhooks.secretOwnerIsLive(caller.tenantId, kind, id))) throw noOwner(kind, id);
    requireSecretKey(secrets);
    const made = await makeSigningSecret(store, secrets, {
      tenantId: caller.tenantId,
      kind,
      id,
      actor: actorOf(request),
      now: deps.now(),
    });
    if (!made) throw noOwner(kind, id);
    return reply
      .status(201)
      .header('cache-control', 'no-store')
      .send(made satisfies SigningSecret);
  });

  app.get(
    ENDPOINTS.listSigningSecrets.path,
    guard(store, ENDPOINTS.listSigningSecrets),
    async (request): Promise<SecretStatusList> => {
      const rows = await store.webhooks.signingSecrets(callerOf(request).tenantId);
      return { secrets: rows.map((row) => ({ kind: row.kind, id: row.owner_id, createdAt: row.created_at })) };
    },
  );
}
