import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChangesResponse, Role, TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { ENDPOINTS, type Endpoint } from '../../../server/api-spec.js';
import { mayEditSetting } from '../../../shared/settings/setting-kinds.js';
import { intakeBody, type RoleTokens, type TestQueue } from '../../helpers/queue-server.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { issueApiToken } from '../../../server/auth/api-token-admin.js';
import { newUserId } from '../../../server/domain/ids.js';
import { note } from './builders.js';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

const ROLES: Role[] = ['agent', 'lead', 'autopilot', 'admin'];
const PROTECTED = (Object.entries(ENDPOINTS) as [string, Endpoint][]).filter(([, endpoint]) => endpoint.roles !== null);

/** Endpoints that name one resource of the tenant: another tenant's token must get 404 for them. */
const ADDRESSED = new Set([
  'getTicket',
  'customerReply',
  'renewClaim',
  'rating',
  'ticketHistory',
  'deleteSetting',
  'putChannelCredentials',
  'channelTest',
  'deliveryRetry',
  'mergeTickets',
  'undoMerge',
  'ticketAttachment',
  'makeSigningSecret',
  'webhookDeliveries',
  'channelDeliveries',
  'redeliverWebhook',
  'updateUser',
  'rotateApiToken',
  'revokeApiToken',
]);
const NO_SUCH_TICKET = 'tkt_00000000-0000-4000-8000-000000000000';
/** The victim tenant's user and API token; the ids asked for in their place when the ticket asked for is NO_SUCH_TICKET. */
let victimUserId = '';
let victimTokenId = '';
const NO_SUCH_USER = 'usr_00000000-0000-4000-8000-000000000000';
const NO_SUCH_TOKEN = 'tok_00000000-0000-4000-8000-000000000000';
/** The intruder's own users are new each time (an email is unique per tenant). */
let newUsers = 0;
/** The requests that save or delete a setting (a macro). */
const SETTING_REQUESTS = new Set(['saveSetting', 'deleteSetting']);

interface Request {
  path: string;
  body?: unknown;
}

let pushes = 0;
/** The intruder tenant's own rules version: each of its allowed saves moves it on. */
let intruderRulesVersion = 0;
/** The version of the intruder's own macro, likewise. */
let intruderMacroVersion = 0;

function requestFor(name: string, victimTicketId: string): Request {
  switch (name) {
    case 'intake':
      return { path: '/v1/tickets', body: intakeBody() };
    case 'intakeBatch':
      return { path: '/v1/tickets/batch', body: { tickets: [intakeBody()] } };
    case 'customerReply':
      return { path: `/v1/tickets/${victimTicketId}/messages`, body: { text: 'Anyone there?' } };
    case 'getTicket':
      return { path: `/v1/tickets/${victimTicketId}` };
    case 'ticketHistory':
      return { path: `/v1/tickets/${victimTicketId}/history` };
    case 'listTickets':
      return { path: '/v1/tickets?limit=1000' };
    case 'changes':
      return { path: '/v1/changes?since=0&limit=5000' };
    case 'mutations':
      // A fresh client id each time, so the second call is not answered as a duplicate.
      pushes += 1;
      return { path: '/v1/mutations', body: { clientId: `intruder-${pushes}`, mutations: [note(1, victimTicketId)] } };
    case 'claim':
      return { path: '/v1/claims', body: { workerId: 'intruder', limit: 100, leaseMs: 60_000 } };
    case 'renewClaim':
      return { path: `/v1/claims/${victimTicketId}/renew`, body: { workerId: 'victim-worker', leaseMs: 60_000 } };
    case 'events':
      return { path: '/v1/events' };
    case 'mergeTickets':
      return { path: `/v1/tickets/${victimTicketId}/merge`, body: { into: victimTicketId } };
    case 'undoMerge':
      // Merge ids are the queue's own: another tenant's is answered as one that does not exist.
      return { path: '/v1/merges/mrg_intruder/undo' };
    case 'presence':
      // Presence lives in the caller's own tenant: another tenant's ticket id is neither looked up nor echoed.
      return { path: '/v1/presence', body: { ticketId: victimTicketId, state: 'viewing' } };
    case 'stats':
      return { path: '/v1/stats' };
    case 'queues':
      return { path: '/v1/queues' };
    case 'rating':
      return { path: `/v1/tickets/${victimTicketId}/rating`, body: { score: 1 } };
    case 'getRules':
      return { path: '/v1/rules' };
    case 'saveRules':
      return {
        path: '/v1/rules',
        body: {
          rules: [{ id: 'intruder-catch-all', ownerQueue: 'general', when: {} }],
          baseVersion: intruderRulesVersion,
        },
      };
    case 'whoami':
      return { path: '/v1/whoami' };
    case 'listSettings':
      return { path: '/v1/settings' };
    case 'saveSetting':
      return {
        path: '/v1/settings/macro/intruder-macro',
        body: { baseVersion: intruderMacroVersion, value: { name: 'Intruder', text: 'Hello' } },
      };
    case 'deleteSetting':
      // The victim keeps a macro under the ticket's id (a valid setting id): the same answer as for no such item.
      return { path: `/v1/settings/macro/${victimTicketId}?baseVersion=0` };
    // The victim keeps an email channel under the ticket's id too (a valid setting id).
    case 'putChannelCredentials':
      return { path: `/v1/channels/${victimTicketId}/credentials`, body: { imapPassword: 'intruder' } };
    case 'channelStatusList':
      return { path: '/v1/channels/status' };
    case 'channelTest':
      return { path: `/v1/channels/${victimTicketId}/test` };
    case 'deliveryRetry':
      return { path: `/v1/tickets/${victimTicketId}/messages/msg_intruder/retry-delivery` };
    case 'ticketAttachment':
      return { path: `/v1/tickets/${victimTicketId}/attachments/att_intruder` };
    // The victim keeps a webhook under the ticket's id too.
    case 'makeSigningSecret':
      return { path: `/v1/secrets/webhook/${victimTicketId}` };
    case 'listSigningSecrets':
      return { path: '/v1/secrets' };
    case 'webhookDeliveries':
      return { path: `/v1/webhooks/${victimTicketId}/deliveries` };
    case 'channelDeliveries':
      return { path: `/v1/channels/${victimTicketId}/deliveries` };
    case 'redeliverWebhook':
      return { path: `/v1/webhook-deliveries/${victimTicketId}/redeliver` };
    case 'aiSpend':
      return { path: '/v1/ai/spend' };
    // Posted into the caller's own tenant; the victim's drift event (with the secret) stays its own.
    case 'postAiHealth':
      return {
        path: '/v1/ai/health',
        body: {
          kind: 'integration_drift',
          toolApiId: 'orders',
          operationId: 'getOrder',
          ticketId: 'tkt_x',
          problem: 'x',
        },
      };
    case 'aiHealth':
      return { path: '/v1/ai/health?limit=200' };
    case 'signOut':
      return { path: '/v1/auth/sign-out' };
    case 'listUsers':
      return { path: '/v1/users' };
    case 'listPeople':
      return { path: '/v1/people' };
    case 'createUser':
      newUsers += 1;
      return {
        path: '/v1/users',
        body: { email: `intruder-${newUsers}@example.com`, name: 'Intruder', role: 'admin' },
      };
    case 'updateUser': {
      const userId = victimTicketId === NO_SUCH_TICKET ? NO_SUCH_USER : victimUserId;
      return { path: `/v1/users/${userId}`, body: { baseVersion: 1, disabled: true } };
    }
    case 'listApiTokens':
      return { path: '/v1/tokens' };
    case 'createApiToken':
      return { path: '/v1/tokens', body: { name: 'intruder', role: 'admin', expiresInDays: 1 } };
    case 'rotateApiToken':
      return { path: `/v1/tokens/${victimTicketId === NO_SUCH_TICKET ? NO_SUCH_TOKEN : victimTokenId}/rotate` };
    case 'revokeApiToken':
      return { path: `/v1/tokens/${victimTicketId === NO_SUCH_TICKET ? NO_SUCH_TOKEN : victimTokenId}` };
    default:
      throw new Error(`No request for endpoint ${name}: add one so isolation covers it.`);
  }
}

/** Status and body text; an event stream is read until its first event, then dropped. */
async function send(
  queue: TestQueue,
  endpoint: Endpoint,
  request: Request,
  token: string,
): Promise<{ status: number; text: string }> {
  const controller = new AbortController();
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${queue.url}${request.path}`, {
    method: endpoint.method,
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    signal: controller.signal,
  });
  if (endpoint === ENDPOINTS.events && response.status === 200 && response.body) {
    const reader = response.body.getReader();
    const first = await reader.read();
    controller.abort();
    return { status: response.status, text: new TextDecoder().decode(first.value) };
  }
  return { status: response.status, text: await response.text() };
}

for (const engine of engines) {
  describe(`tenant and role isolation (${engine.name})`, () => {
    const queue = testQueueForEachTest(() => engine.start());
    let intruder: RoleTokens;
    let victim: TicketWithMessages;
    const secret = 'SECRET-7781 card ending 4242';

    beforeEach(async () => {
      victim = (
        await queue.call<TicketWithMessages>('POST', '/v1/tickets', {
          body: intakeBody({ subject: secret, text: `Please help ${secret}` }),
        })
      ).body;
      // The victim's worker holds a live claim, so a renew by anyone else would be the only way to touch it.
      await queue.call('POST', '/v1/claims', {
        token: queue.tokens.autopilot,
        body: { workerId: 'victim-worker', limit: 10, leaseMs: 60_000 },
      });
      await queue.store.createOwnerQueue(queue.tenantId, { id: 'fraud-desk', name: secret });
      const rules = [
        { id: 'secret', ownerQueue: 'fraud-desk', when: { keywords: [secret] } },
        { id: 'catch-all', ownerQueue: 'fraud-desk', when: {} },
      ];
      await queue.store.saveRuleSet({
        tenantId: queue.tenantId,
        rules,
        baseVersion: 0,
        savedBy: 'victim lead',
        savedAt: new Date().toISOString(),
      });
      const saveVictimSetting = (kind: 'macro' | 'channel' | 'webhook', value: unknown) =>
        queue.store.saveSetting({
          tenantId: queue.tenantId,
          kind,
          id: victim.ticket.id,
          baseVersion: 0,
          value,
          savedBy: 'victim admin',
          savedAt: new Date().toISOString(),
        });
      await saveVictimSetting('macro', { name: secret, text: secret });
      await saveVictimSetting('channel', {
        type: 'email',
        name: secret,
        queueId: 'fraud-desk',
        enabled: false,
        config: {
          imapUrl: 'imaps://secret%40victim.example@imap.victim.example',
          smtpUrl: 'smtps://secret%40victim.example@smtp.victim.example',
          fromAddress: 'secret@victim.example',
          fromName: secret,
        },
      });
      await saveVictimSetting('webhook', {
        name: secret,
        url: 'https://victim.example/hooks',
        events: ['ticket.created'],
        enabled: true,
      });
      await queue.store.aiHealth.recordHealthEvent(
        queue.tenantId,
        {
          kind: 'integration_drift',
          toolApiId: 'orders',
          operationId: 'getOrder',
          ticketId: victim.ticket.id,
          problem: secret,
        },
        new Date(),
      );
      const victimUser = await queue.store.identity.createUser(
        {
          id: newUserId(),
          tenantId: queue.tenantId,
          email: 'victim@example.com',
          name: secret,
          role: 'admin',
          queues: [],
          language: null,
          passwordHash: null,
          sso: null,
          now: new Date(),
        },
        { name: 'victim admin', role: 'admin' },
      );
      if (!victimUser.ok) throw new Error(`the victim user was not created: ${victimUser.code}`);
      victimUserId = victimUser.user.id;
      victimTokenId = (
        await issueApiToken(
          queue.store,
          queue.tenantId,
          { name: secret, role: 'autopilot', expiresInDays: null },
          { name: 'victim admin', role: 'admin' },
          new Date(),
        )
      ).token.id;
      intruder = await queue.addTenant('intruder');
      intruderRulesVersion = 0;
      intruderMacroVersion = 0;
    });

    it('every endpoint answers another tenant 403 (wrong role) or 404 (allowed role), or its own empty data, never the victim data', async () => {
      const before = await queue.call<ChangesResponse>('GET', '/v1/changes?since=0&limit=5000');
      const settingsBefore = await queue.call('GET', '/v1/settings');
      const table: string[] = [];
      for (const [name, endpoint] of PROTECTED) {
        const cells: string[] = [];
        for (const role of ROLES) {
          const result = await send(queue, endpoint, requestFor(name, victim.ticket.id), intruder[role]);
          if (name === 'saveRules' && result.status === 200) intruderRulesVersion += 1;
          if (name === 'saveSetting' && result.status === 200) intruderMacroVersion += 1;
          // The settings endpoints admit every role that edits some kind; the macro these requests name, only its editors.
          const allowed = SETTING_REQUESTS.has(name)
            ? mayEditSetting(role, 'macro')
            : (endpoint.roles?.includes(role) ?? false);
          // An error may echo the id the caller sent; beyond that the answer must be the one for an id that does not exist.
          const seen = result.text.replaceAll(victim.ticket.id, '<id>');
          expect(seen, `${name} as another tenant's ${role}`).not.toContain('SECRET-7781');
          if (ADDRESSED.has(name) || name === 'mutations') {
            const unknown = await send(queue, endpoint, requestFor(name, NO_SUCH_TICKET), intruder[role]);
            expect({ status: result.status, text: seen }, `${name} as another tenant's ${role}`).toEqual({
              status: unknown.status,
              text: unknown.text.replaceAll(NO_SUCH_TICKET, '<id>'),
            });
          } else {
            expect(result.text, `${name} as another tenant's ${role}`).not.toContain(victim.ticket.id);
          }
          if (!allowed) expect(result.status, `${name} as another tenant's ${role}`).toBe(403);
          else if (ADDRESSED.has(name)) expect(result.status, `${name} as another tenant's ${role}`).toBe(404);
          else expect(result.status, `${name} as another tenant's ${role}`).toBeLessThan(300);
          if (name === 'mutations' && allowed) {
            const body = JSON.parse(result.text) as { results: { status: string; ticket?: unknown }[] };
            expect(body.results[0]).toMatchObject({ status: 'rejected' });
            expect(body.results[0]?.ticket).toBeUndefined();
          }
          const lists = ['listTickets', 'changes', 'claim', 'queues', 'listSettings', 'channelStatusList'];
          if (lists.includes(name) && allowed) {
            expect(result.text).not.toContain(queue.tenantId);
          }
          cells.push(String(result.status));
        }
        table.push(`| ${endpoint.method} ${endpoint.path} | ${cells.join(' | ')} |`);
      }
      console.log(`Another tenant's token (${engine.name}):\n| endpoint | ${ROLES.join(' | ')} |\n${table.join('\n')}`);

      // Nothing of the victim tenant changed: same feed, and its worker still holds its claim.
      const after = await queue.call<ChangesResponse>('GET', '/v1/changes?since=0&limit=5000');
      expect(after.body).toEqual(before.body);
      expect(await queue.store.getRuleSet(queue.tenantId)).toMatchObject({ version: 1, savedBy: 'victim lead' });
      expect(await queue.store.identity.getUser(queue.tenantId, victimUserId)).toMatchObject({ disabledAt: null });
      const victimTokens = await queue.store.identity.listApiTokens(queue.tenantId);
      expect(victimTokens.find((token) => token.id === victimTokenId)).toMatchObject({
        revokedAt: null,
        rotatedAt: null,
      });
      expect((await queue.call('GET', '/v1/settings')).body).toEqual(settingsBefore.body);
      const renew = await queue.call('POST', `/v1/claims/${victim.ticket.id}/renew`, {
        token: queue.tokens.autopilot,
        body: { workerId: 'victim-worker', leaseMs: 60_000 },
      });
      expect(renew.status).toBe(200);
    });

    it("every endpoint answers the tenant's own token of a wrong role 403, before reading the body", async () => {
      const before = await queue.call<ChangesResponse>('GET', '/v1/changes?since=0&limit=5000');
      let refusals = 0;
      for (const [name, endpoint] of PROTECTED) {
        for (const role of ROLES.filter((r) => !(endpoint.roles ?? []).includes(r))) {
          const result = await send(queue, endpoint, requestFor(name, victim.ticket.id), queue.tokens[role]);
          expect(result.status, `${name} as ${role}`).toBe(403);
          expect(JSON.parse(result.text)).toMatchObject({ error: { code: 'forbidden' } });
          expect(result.text).not.toContain('SECRET-7781');
          refusals++;
        }
      }
      // intake, batch, customer reply and rating: 3 roles each; claim and renew: 2 each; stats and saving rules: 2 each;
      // saving and deleting a setting: 1 each (the agent); channel credentials and test: 3 each (admin only), channel status: 2, a
      // delivery retry and an attachment: 1 each (the autopilot); making a signing secret: 3, listing them: 2; the two
      // delivery logs: 2 each; a redelivery: 3; the AI spend and reading AI health: 1 each (the agent), posting it: 2;
      // listing users: 2, adding one: 3, changing one: 2 (a lead may disable an agent); the four API token endpoints: 3
      // each (admin only).
      // Signing out: 1 (the autopilot: a machine has no session). Presence, people, merging and undoing a merge: 1 each
      // (the autopilot).
      expect(refusals).toBe(
        1 +
          4 * 3 +
          2 * 2 +
          2 +
          2 +
          1 * 2 +
          2 * 3 +
          2 +
          2 * 1 +
          3 +
          2 +
          2 * 2 +
          3 +
          1 * 2 +
          2 +
          2 +
          3 +
          2 +
          4 * 3 +
          4 * 1,
      );
      const after = await queue.call<ChangesResponse>('GET', '/v1/changes?since=0&limit=5000');
      expect(after.body).toEqual(before.body);
    });

    it('an ai_decision or agent mutation pushed by a role that may not push it is rejected and changes nothing', async () => {
      const push = await queue.call<{ results: { status: string; error?: string }[] }>('POST', '/v1/mutations', {
        token: queue.tokens.autopilot,
        body: { clientId: 'bot', mutations: [note(1, victim.ticket.id)] },
      });
      expect(push.body.results[0]).toMatchObject({ status: 'rejected' });
      expect(push.body.results[0]?.error).toContain('autopilot');
      const ticket = await queue.call<TicketWithMessages>('GET', `/v1/tickets/${victim.ticket.id}`);
      expect(ticket.body.messages).toHaveLength(1);
    });
  });
}
