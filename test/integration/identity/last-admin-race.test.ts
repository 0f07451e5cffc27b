import { afterAll, describe, expect, it } from 'vitest';
import type { User } from '../../../shared/api/identity-contract.js';
import { queueEngines } from '../queue/engines.js';
import { addUser, type ErrorBody } from './identity-fixtures.js';

/**
 * The tenant's last enabled admin is neither disabled nor demoted, also when two admins disable each other at the same
 * moment: the rule reads the enabled admins locked inside the change's transaction, so one change wins and the other is
 * refused `last_admin` (on PostgreSQL the two requests run on two connections at once).
 */
const { engines, stop } = await queueEngines();
afterAll(stop);

describe.each(engines)('the last enabled admin ($name)', (engine) => {
  it('two admins disabling each other at once: one is disabled, the other stays and is told why', async () => {
    const queue = await engine.start();
    try {
      const [ada, bo] = await Promise.all([
        addUser(queue, { email: 'ada@example.com', name: 'Ada Admin', role: 'admin' }),
        addUser(queue, { email: 'bo@example.com', name: 'Bo Admin', role: 'admin' }),
      ]);
      // The tenant's admin token is no user: only Ada and Bo are enabled admin users.
      const disable = (user: User) =>
        queue.call<ErrorBody>('PATCH', `/v1/users/${user.id}`, { body: { baseVersion: user.version, disabled: true } });
      const answers = await Promise.all([disable(ada), disable(bo)]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      expect(answers.find((answer) => answer.status === 409)?.body.error?.code).toBe('last_admin');
      const users = await queue.store.identity.listUsers(queue.tenantId);
      expect(users.filter((user) => user.role === 'admin' && user.disabledAt === null)).toHaveLength(1);
    } finally {
      await queue.close();
    }
  });
});
