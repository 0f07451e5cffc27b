import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { startAutopilotProcess } from '../../../autopilot/autopilot-process.js';
import type { ChildService } from '../../../lib/child-service.js';
import { REPO_ROOT, waitFor } from '../../helpers/child-process.js';
import { intakeBody } from '../../helpers/queue-server.js';
import { TEST_MODEL_CACHE } from '../../helpers/switchboard-stack.js';
import { queueEngines } from './engines.js';

/**
 * Finding 7 of issue 21: the console started its autopilot with `--token <token>`, readable by every
 * local user in /proc/PID/cmdline (and `ps`). The token now reaches the child in its environment, which
 * only the same user can read.
 */
const { engines, stop } = await queueEngines();
afterAll(stop);

for (const engine of engines) {
  describe(`the console's autopilot child gets its token outside its command line (${engine.name})`, () => {
    it('no token on /proc/PID/cmdline, and the child still claims tickets with it', async () => {
      const queue = await engine.start();
      let autopilot: ChildService | null = null;
      try {
        const { ticket } = (await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body: intakeBody() })).body;
        const lines: string[] = [];
        autopilot = await startAutopilotProcess({
          appRoot: REPO_ROOT,
          queueUrl: queue.url,
          token: queue.tokens.autopilot,
          cacheDir: TEST_MODEL_CACHE,
          tenantId: queue.tenantId,
          log: (line) => lines.push(line),
        });
        const pid = autopilot.child.pid;
        if (pid === undefined) throw new Error('the autopilot child has no pid');
        const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        expect(commandLine.join(' ')).toContain('autopilot');
        expect(commandLine.join(' ')).not.toContain(queue.tokens.autopilot);
        expect(commandLine).not.toContain('--token');

        // It did get the token: it claimed the ticket (a lease only an autopilot token can take) or decided it.
        const workerId = autopilot.readyLine[1] ?? '';
        await waitFor(
          async () => {
            const stored = await queue.store.getTicket(queue.tenantId, ticket.id);
            if (stored?.ticket.status !== 'new') return true;
            const renewed = await queue.store.renewClaim({
              tenantId: queue.tenantId,
              ticketId: ticket.id,
              workerId,
              leaseMs: 30_000,
              now: new Date(),
            });
            return renewed.status === 'renewed';
          },
          120_000,
          `the autopilot to claim ${ticket.id}; it printed:\n${lines.slice(-10).join('\n')}`,
        );
      } finally {
        await autopilot?.stop();
        await queue.close();
      }
    }, 180_000);
  });
}
