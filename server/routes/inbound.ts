import type { FastifyInstance } from 'fastify';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../shared/channels/request-signature.js';
import type { InboundChannelResult } from '../../shared/channels/messaging-channel.js';
import { verifySignedRequest } from '../../lib/request-signing.js';
import { ENDPOINTS, InboundParamsSchema } from '../api-spec.js';
import { HttpError, notFound } from '../http-errors.js';
import { parseJsonBody } from '../json-body.js';
import type { QueueSecrets } from '../secrets/queue-secrets.js';
import { openSigningSecret } from '../secrets/signing-secrets.js';
import { parseInput } from '../validation.js';
import type { RouteDeps } from './route-deps.js';
import { requireSecretKey } from './secrets.js';

/** What a refused signature says, by the reason lib/request-signing.ts gives. */
const SIGNATURE_REFUSALS: Record<string, string> = {
  missing_timestamp: `The ${TIMESTAMP_HEADER} header is missing or not whole seconds since 1970.`,
  stale_timestamp: `The ${TIMESTAMP_HEADER} header is more than 300 seconds from the queue's clock: sign each request when it is sent (and check the sender's clock).`,
  missing_signature: `The ${SIGNATURE_HEADER} header is missing.`,
  bad_signature: `The ${SIGNATURE_HEADER} header does not match the body: sign "timestamp.body" (the raw bytes) with the channel's current secret, HMAC-SHA256, as v1=<hex>.`,
  no_secret: 'The channel has no signing secret yet: an admin makes one with POST /v1/secrets/channel/:id.',
};

/**
 * A generic channel's inbound endpoint (shared/channels/messaging-channel.ts): no token, the body signed with the
 * channel's secret. Registered in its own scope, whose JSON parser keeps the raw bytes: the signature is checked over
 * them before anything is parsed, and a refused request stores nothing.
 */
export function registerInboundRoutes(app: FastifyInstance, deps: RouteDeps, secrets: QueueSecrets): void {
  void app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body: Buffer, done) =>
      done(null, body),
    );

    scope.post(ENDPOINTS.inboundMessage.path, async (request, reply) => {
      const { tenantId, channelId } = parseInput(InboundParamsSchema, request.params, 'channel');
      const channel = (await deps.store.channels(tenantId)).find(
        (stored) => stored.channelId === channelId && stored.setting.type === 'webhook' && stored.setting.enabled,
      );
      if (!channel) throw notFound(`There is no enabled generic channel "${channelId}" of tenant "${tenantId}".`);
      requireSecretKey(secrets);
      const secret = await openSigningSecret(deps.store, secrets, { tenantId, kind: 'channel', id: channelId });
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const check = secret
        ? verifySignedRequest({
            secret,
            timestampHeader: headerOf(request.headers[TIMESTAMP_HEADER]),
            signatureHeader: headerOf(request.headers[SIGNATURE_HEADER]),
            body: raw.toString('utf8'),
            nowMs: deps.now().getTime(),
          })
        : ({ ok: false, reason: 'no_secret' } as const);
      if (!check.ok)
        throw new HttpError(401, 'bad_signature', SIGNATURE_REFUSALS[check.reason] ?? check.reason, {
          reason: check.reason,
        });
      const message = parseInput(ENDPOINTS.inboundMessage.body, parseJsonBody(raw), 'message');
      const result: InboundChannelResult = await deps.store.webhooks.receiveChannelMessage({
        tenantId,
        channelId,
        queueId: channel.setting.queueId,
        message,
        actor: { name: `channel ${channelId}`, role: 'channel' },
        now: deps.now(),
      });
      if (!result.duplicate) await deps.notifyChange(tenantId);
      return reply.status(202).send(result);
    });
  });
}

function headerOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
