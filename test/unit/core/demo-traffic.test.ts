import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TicketIntakeSchema } from '../../../shared/api/queue-contract.js';
import { demoIntake, DemoTicketKindSchema, loadDemoTickets } from '../../../electron/core/demo-seeder.js';
import { RESOURCES_DIR } from '../../../lib/paths.js';

const demo = loadDemoTickets(RESOURCES_DIR, 'payments');
const note = readFileSync(join(RESOURCES_DIR, 'tenants', 'payments', 'DEMO-TRAFFIC.md'), 'utf8');
const count = (predicate: (ticket: (typeof demo)[number]) => boolean) => demo.filter(predicate).length;

describe('the payments demo traffic', () => {
  it('mixes everyday questions and hard cases as a payments help desk sees them: at least two thirds everyday, every hard case there', () => {
    const everyday = count((t) => t.kind === 'everyday') / demo.length;
    expect(everyday).toBeGreaterThanOrEqual(2 / 3);
    expect(everyday).toBeLessThanOrEqual(0.8);
    for (const kind of DemoTicketKindSchema.options)
      expect(
        count((t) => t.kind === kind),
        kind,
      ).toBeGreaterThan(0);
    expect(count((t) => t.customer.tier === 'vip') / demo.length).toBeLessThanOrEqual(0.05);
  });

  it('is what DEMO-TRAFFIC.md says, kind by kind', () => {
    const rows = [...note.matchAll(/^\| `(\w+)` \| (\d+) \|/gm)].map((m) => [m[1], Number(m[2])] as const);
    expect(Object.fromEntries(rows)).toEqual(
      Object.fromEntries(DemoTicketKindSchema.options.map((kind) => [kind, count((t) => t.kind === kind)])),
    );
    expect(note).toContain(`| all | ${demo.length} |`);
  });

  it('posts every ticket as a channel would, without what only the demo knows (ids unique)', () => {
    for (const ticket of demo)
      expect(() => TicketIntakeSchema.parse(demoIntake(ticket)), ticket.externalId).not.toThrow();
    expect(new Set(demo.map((t) => t.externalId)).size).toBe(demo.length);
  });
});

describe('a demo tenant without demo traffic', () => {
  it('has no demo tickets (its seed folder has no demo-tickets.json), so its console starts with an empty inbox', () => {
    expect(existsSync(join(RESOURCES_DIR, 'tenants', 'retail', 'demo-tickets.json'))).toBe(false);
    expect(loadDemoTickets(RESOURCES_DIR, 'retail')).toEqual([]);
  });
});
