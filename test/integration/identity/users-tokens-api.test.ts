import { afterAll, describe, expect, it } from 'vitest';
import {
  ApiTokenSchema,
  ApiTokensSchema,
  IssuedApiTokenSchema,
  UserSchema,
  UsersSchema,
  type User,
} from '../../../shared/api/identity-contract.js';
import { LEAD_USER_RIGHTS } from '../../../shared/api/user-rights.js';
import { WhoAmISchema } from '../../../shared/api/whoami.js';
import { generateToken, hashToken } from '../../../server/auth/tokens.js';
import { newApiTokenId } from '../../../server/domain/ids.js';
import { testQueueForAllTests } from '../../helpers/test-queue-hooks.js';
import { queueEngines } from '../queue/engines.js';
import { passwordSignIn } from './identity-fixtures.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

interface ErrorBody {
  error: { code: string; message: string; details?: { reason?: string; current?: User } };
}

/**
 * The admin's users and API tokens at the queue (issue 18): POST/PATCH/GET /v1/users, GET/POST /v1/tokens, rotate and
 * revoke, on both engines; who may do what, the rules that keep a tenant manageable, and a credential's change refused
 * from the very next request on.
 */
for (const engine of engines) {
  describe(`users and API tokens over the API (${engine.name})`, () => {
    const queue = testQueueForAllTests(() => engine.start());

    /** A token bound to a user (as the demo's people tokens are): it acts as the user's current name and role. */
    async function tokenFor(user: User): Promise<string> {
      const secret = generateToken();
      await queue.store.identity.createApiToken(
        {
          id: newApiTokenId(),
          tenantId: queue.tenantId,
          name: `${user.name}'s console`,
          role: user.role,
          userId: user.id,
          secretHash: hashToken(secret),
          expiresAt: null,
          now: new Date(),
        },
        { name: 'test set-up', role: 'system' },
      );
      return secret;
    }
    const addUser = async (body: Record<string, unknown>) => {
      const added = await queue.call('POST', '/v1/users', { body });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      return UserSchema.parse(added.body);
    };
    const patch = (user: User, body: Record<string, unknown>, token?: string) =>
      queue.call<ErrorBody>('PATCH', `/v1/users/${user.id}`, { token, body: { baseVersion: user.version, ...body } });

    it('adds, lists and changes users: emails unique per tenant, stale edits refused with the user as it is now, no hash answered', async () => {
      const ana = await addUser({
        email: 'Ana@Example.com',
        name: 'Ana Admin',
        role: 'admin',
        password: 'correct horse battery',
      });
      expect(ana).toMatchObject({ email: 'ana@example.com', role: 'admin', hasPassword: true, ssoLinked: false });
      expect(JSON.stringify(ana)).not.toContain('scrypt');
      const taken = await queue.call<ErrorBody>('POST', '/v1/users', {
        body: { email: 'ANA@example.com', name: 'Another Ana', role: 'agent' },
      });
      expect(taken.status).toBe(409);
      expect(taken.body.error).toMatchObject({
        code: 'email_taken',
        message: expect.stringContaining('ana@example.com'),
      });
      const short = await queue.call<ErrorBody>('POST', '/v1/users', {
        body: { email: 'bo@example.com', name: 'Bo', role: 'agent', password: 'short' },
      });
      expect(short.status).toBe(400);

      const bo = await addUser({ email: 'bo@example.com', name: 'Bo Agent', role: 'agent', queues: ['payments'] });
      const renamed = await patch(bo, { name: 'Bo B. Agent', language: 'de' });
      expect(renamed.status).toBe(200);
      expect(UserSchema.parse(renamed.body)).toMatchObject({ name: 'Bo B. Agent', language: 'de', version: 2 });
      const stale = await patch(bo, { name: 'Someone else' });
      expect(stale.status).toBe(409);
      expect(stale.body.error).toMatchObject({
        code: 'version_conflict',
        details: { current: { name: 'Bo B. Agent' } },
      });

      const listed = await queue.call('GET', '/v1/users', { token: queue.tokens.lead });
      expect(listed.status).toBe(200);
      expect(UsersSchema.parse(listed.body).users.map((user) => user.email)).toEqual(
        expect.arrayContaining(['ana@example.com', 'bo@example.com']),
      );
      expect((await queue.call('GET', '/v1/users', { token: queue.tokens.agent })).status).toBe(403);
      const leadAdds = await queue.call('POST', '/v1/users', {
        token: queue.tokens.lead,
        body: { email: 'x@example.com', name: 'X', role: 'admin' },
      });
      expect(leadAdds.status).toBe(403);
      expect((await patch(bo, { name: 'Nope' }, queue.tokens.lead)).status).toBe(403);
    });

    it("an admin cannot disable themselves nor remove the last admin; a role change applies at the user's next request; disabling refuses their token at once", async () => {
      const cleo = await addUser({ email: 'cleo@example.com', name: 'Cleo Admin', role: 'admin' });
      const dev = await addUser({ email: 'dev@example.com', name: 'Dev Agent', role: 'agent' });
      const users = UsersSchema.parse((await queue.call('GET', '/v1/users')).body).users;
      // Leave Cleo the one enabled admin of the tenant (the first test's Ana is disabled here by the machine admin).
      for (const other of users.filter((user) => user.role === 'admin' && user.id !== cleo.id && !user.disabledAt))
        expect((await patch(other, { disabled: true })).status).toBe(200);
      const asCleo = await tokenFor(cleo);

      const self = await patch(cleo, { disabled: true }, asCleo);
      expect(self.status).toBe(409);
      expect(self.body.error).toMatchObject({
        code: 'cannot_disable_self',
        message: expect.stringContaining('own account'),
      });
      const demoted = await patch(cleo, { role: 'lead' }, asCleo);
      expect(demoted.status).toBe(409);
      expect(demoted.body.error).toMatchObject({ code: 'last_admin', message: expect.stringContaining('Cleo Admin') });
      expect((await patch(cleo, { disabled: true })).body.error?.code).toBe('last_admin');

      const asDev = await tokenFor(dev);
      expect((await queue.call('GET', '/v1/users', { token: asDev })).status).toBe(403);
      const promoted = await patch(dev, { role: 'admin' }, asCleo);
      expect(promoted.status).toBe(200);
      const whoami = await queue.call('GET', '/v1/whoami', { token: asDev });
      expect(WhoAmISchema.parse(whoami.body)).toMatchObject({ role: 'admin', name: 'Dev Agent' });
      expect((await queue.call('GET', '/v1/users', { token: asDev })).status).toBe(200);

      // Now Dev is an admin too: Cleo may be disabled (by Dev), and her token is refused from the next request on.
      const disabled = await patch(await fetchUser(cleo.id), { disabled: true }, asDev);
      expect(disabled.status).toBe(200);
      expect(UserSchema.parse(disabled.body).disabledAt).not.toBeNull();
      const refused = await queue.call<ErrorBody>('GET', '/v1/whoami', { token: asCleo });
      expect(refused.status).toBe(401);
      expect(refused.body.error.details?.reason).toBe('user_disabled');
      // Enabling again does not bring the revoked token back: she signs in again.
      const enabled = await patch(UserSchema.parse(disabled.body), { disabled: false }, asDev);
      expect(enabled.status).toBe(200);
      expect((await queue.call('GET', '/v1/whoami', { token: asCleo })).status).toBe(401);
    });

    it("a lead disables an agent, whose session is refused with user_disabled at once, and enables them again; a lead's or an admin's account and every other field are an admin's", async () => {
      const password = 'correct horse battery';
      const lena = await addUser({ email: 'lena@example.com', name: 'Lena Lead', role: 'lead', password });
      const otto = await addUser({ email: 'otto@example.com', name: 'Otto Lead', role: 'lead' });
      const fay = await addUser({ email: 'fay@example.com', name: 'Fay Admin', role: 'admin' });
      const gus = await addUser({ email: 'gus@example.com', name: 'Gus Agent', role: 'agent', password });
      const asLena = (await passwordSignIn(queue, lena.email, password)).body.accessToken;
      const asGus = (await passwordSignIn(queue, gus.email, password)).body.accessToken;
      expect((await queue.call('GET', '/v1/whoami', { token: asGus })).status).toBe(200);
      const head = (await queue.store.auditHead()).seq;
      const asTheyWere = await Promise.all([lena, otto, fay, gus].map((user) => fetchUser(user.id)));

      const refusedChanges: Array<[User, Record<string, unknown>]> = [
        [otto, { disabled: true }],
        [fay, { disabled: true }],
        [lena, { disabled: true }],
        [gus, { role: 'lead' }],
        [gus, { name: 'Gus G. Agent' }],
        [gus, { password: 'another long password' }],
        [gus, { queues: ['payments'] }],
        [gus, { disabled: true, language: 'de' }],
      ];
      for (const [target, body] of refusedChanges) {
        const refused = await patch(target, body, asLena);
        expect(refused.status, `a lead's ${JSON.stringify(body)} of ${target.name}`).toBe(403);
        expect(refused.body.error).toMatchObject({ code: 'forbidden', message: LEAD_USER_RIGHTS });
      }
      for (const user of asTheyWere) expect(await fetchUser(user.id)).toEqual(user);
      const addsAgent = await queue.call('POST', '/v1/users', {
        token: asLena,
        body: { email: 'hal@example.com', name: 'Hal Agent', role: 'agent' },
      });
      expect(addsAgent.status).toBe(403);

      const disabled = await patch(gus, { disabled: true }, asLena);
      expect(disabled.status, JSON.stringify(disabled.body)).toBe(200);
      const refused = await queue.call<ErrorBody>('GET', '/v1/whoami', { token: asGus });
      expect(refused.status).toBe(401);
      expect(refused.body.error.details?.reason).toBe('user_disabled');
      const enabled = await patch(UserSchema.parse(disabled.body), { disabled: false }, asLena);
      expect(enabled.status).toBe(200);
      expect(UserSchema.parse(enabled.body).disabledAt).toBeNull();
      const records = await queue.store.auditPage(head, 100);
      expect(records.map((record) => [record.actorName, record.actorRole])).toEqual([
        ['Lena Lead', 'lead'],
        ['Lena Lead', 'lead'],
      ]);
    });

    async function fetchUser(id: string): Promise<User> {
      const users = UsersSchema.parse((await queue.call('GET', '/v1/users')).body).users;
      const user = users.find((candidate) => candidate.id === id);
      if (!user) throw new Error(`no user ${id}`);
      return user;
    }

    it('creates, lists, rotates and revokes API tokens: the secret answered once, the old secret refused at once', async () => {
      const created = await queue.call('POST', '/v1/tokens', {
        body: { name: 'Nightly export', role: 'autopilot', expiresInDays: 30 },
      });
      expect(created.status).toBe(201);
      expect(created.headers.get('cache-control')).toBe('no-store');
      const issued = IssuedApiTokenSchema.parse(created.body);
      expect(issued.secret).toMatch(/^sbq_/);
      expect(issued.token).toMatchObject({ name: 'Nightly export', role: 'autopilot', userId: null, revokedAt: null });
      const days = (Date.parse(issued.token.expiresAt ?? '') - Date.parse(issued.token.createdAt)) / 86_400_000;
      expect(days).toBeCloseTo(30, 5);
      expect((await queue.call('GET', '/v1/ai/spend', { token: issued.secret })).status).toBe(200);

      const listed = ApiTokensSchema.parse((await queue.call('GET', '/v1/tokens')).body).tokens;
      const export_ = listed.find((token) => token.id === issued.token.id);
      expect(export_?.lastUsedAt).not.toBeNull();
      expect(JSON.stringify(listed)).not.toContain(issued.secret);
      expect(JSON.stringify(listed)).not.toContain(hashToken(issued.secret));
      expect((await queue.call('GET', '/v1/tokens', { token: queue.tokens.lead })).status).toBe(403);

      const rotated = await queue.call('POST', `/v1/tokens/${issued.token.id}/rotate`);
      expect(rotated.status).toBe(200);
      const next = IssuedApiTokenSchema.parse(rotated.body);
      expect(next.token.id).toBe(issued.token.id);
      expect(next.token.rotatedAt).not.toBeNull();
      expect(next.secret).not.toBe(issued.secret);
      expect((await queue.call('GET', '/v1/ai/spend', { token: issued.secret })).status).toBe(401);
      expect((await queue.call('GET', '/v1/ai/spend', { token: next.secret })).status).toBe(200);

      const revoked = await queue.call('DELETE', `/v1/tokens/${issued.token.id}`);
      expect(revoked.status).toBe(200);
      expect(ApiTokenSchema.parse(revoked.body).revokedAt).not.toBeNull();
      const refused = await queue.call<ErrorBody>('GET', '/v1/ai/spend', { token: next.secret });
      expect(refused.status).toBe(401);
      expect(refused.body.error.details?.reason).toBe('token_revoked');
      for (const [method, path] of [
        ['POST', `/v1/tokens/${issued.token.id}/rotate`],
        ['DELETE', `/v1/tokens/${issued.token.id}`],
      ] as const) {
        const again = await queue.call<ErrorBody>(method, path);
        expect(again.status, `${method} ${path} of a revoked token`).toBe(404);
        expect(again.body.error.message).toContain('no live API token');
      }

      for (const expiresInDays of [0, 3_651, 1.5]) {
        const bad = await queue.call<ErrorBody>('POST', '/v1/tokens', {
          body: { name: 'Bad', role: 'agent', expiresInDays },
        });
        expect(bad.status, `expiresInDays ${expiresInDays}`).toBe(400);
        expect(bad.body.error.code).toBe('validation_failed');
      }
    });

    it('audits user and token changes with the admin who made them', async () => {
      const head = (await queue.store.auditHead()).seq;
      const eve = await addUser({ email: 'eve@example.com', name: 'Eve Lead', role: 'lead' });
      const token = IssuedApiTokenSchema.parse(
        (await queue.call('POST', '/v1/tokens', { body: { name: 'Chat bridge', role: 'agent', expiresInDays: null } }))
          .body,
      );
      await queue.call('DELETE', `/v1/tokens/${token.token.id}`);
      const records = await queue.store.auditPage(head, 100);
      expect(records.map((record) => [record.actorName, record.actorRole])).toEqual([
        ['payments admin', 'admin'],
        ['payments admin', 'admin'],
        ['payments admin', 'admin'],
      ]);
      const inputs = records.map((record) => record.inputsJson).join('\n');
      expect(inputs).toContain(eve.id);
      expect(inputs).toContain(token.token.id);
      expect(inputs).not.toContain(token.secret);
    });
  });
}
