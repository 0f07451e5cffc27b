import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startConsoleRuntime } from '../../../electron/core/console-runtime.js';
import { RESOURCES_DIR } from '../../../lib/paths.js';
import { tempDirForEachTest } from '../../helpers/temp-dir.js';

/** The embedded queue's second demo tenant, named as `npm run serve -- --tenant retail --role admin` names it. */
const SECOND_TENANT = 'retail';

describe('a console on the embedded queue', () => {
  const dir = tempDirForEachTest('switchboard-embedded-tenants-');

  it('started on the second demo tenant as its admin shows that tenant from the queue, in a cache of its own', async () => {
    const dataDir = join(dir(), 'console');
    const runtime = await startConsoleRuntime({
      dataDir,
      resourcesDir: RESOURCES_DIR,
      tenant: SECOND_TENANT,
      role: 'admin',
      autopilot: false,
      seedDemo: false,
    });
    try {
      await expect
        .poll(
          async () => {
            const view = await runtime.api.getTenantSettings({});
            return view.ok ? view.value.settings.queue.length : 0;
          },
          { timeout: 30_000 },
        )
        .toBeGreaterThan(0);
      const view = await runtime.api.getTenantSettings({});
      if (!view.ok) throw new Error(view.error.message);
      expect(view.value.tenantId).toBe(SECOND_TENANT);
      // The admin token: every kind of setting may be changed.
      expect(view.value.editableKinds).toEqual(expect.arrayContaining(['profile', 'queue', 'macro', 'article']));
      const profileName = view.value.settings.profile[0]?.value.name;
      expect(profileName).toEqual(expect.any(String));
      const status = await runtime.api.getStatus({});
      expect(status).toMatchObject({ ok: true, value: { role: 'admin', tenantName: profileName } });
      const setup = await runtime.api.getConsoleSetup({});
      expect(setup.ok && setup.value.queues.map((queue) => queue.id)).toEqual(
        view.value.settings.queue.map((queue) => queue.id),
      );
      expect(existsSync(join(dataDir, `console-${SECOND_TENANT}.sqlite`))).toBe(true);
      expect(existsSync(join(dataDir, 'console.sqlite'))).toBe(false);
    } finally {
      await runtime.stop();
    }
  }, 120_000);
});
