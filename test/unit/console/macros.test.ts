import { describe, expect, it } from 'vitest';
import { fillMacro } from '../../../shared/domain/macros.js';
import { TenantConfigSchema } from '../../../shared/domain/tenant.js';
import { loadTenantConfig } from '../../../lib/tenant-config.js';

const context = {
  customer: { name: 'Dana Fischer', email: 'dana@example.com', tier: 'vip', market: 'DE' },
  ticket: { id: 'tkt_42', subject: 'Card blocked', queue: 'cards' },
  agent: { name: 'Sam Agent' },
};

describe('macros', () => {
  it('fills customer, ticket and agent variables, with or without spaces inside the braces', () => {
    expect(
      fillMacro(
        'Hello {{customer.firstName}} ({{ customer.name }}), ticket {{ticket.id}} in {{ticket.queue}}. {{agent.name}}',
        context,
      ),
    ).toBe('Hello Dana (Dana Fischer), ticket tkt_42 in cards. Sam Agent');
  });

  it('leaves unknown variables as written so the agent sees them before sending', () => {
    expect(fillMacro('Hi {{customer.shoeSize}} {{nonsense}}', context)).toBe('Hi {{customer.shoeSize}} {{nonsense}}');
  });

  it('ships the payments tenant with macros and a service level, and refuses a bad one', () => {
    const tenant = loadTenantConfig('resources', 'payments');
    expect(tenant.macros?.length).toBeGreaterThan(0);
    expect(tenant.sla?.dueMinutes.vip).toBeLessThan(tenant.sla?.dueMinutes.standard ?? 0);
    for (const macro of tenant.macros ?? []) expect(fillMacro(macro.text, context)).not.toMatch(/\{\{/);
    expect(
      TenantConfigSchema.safeParse({ ...tenant, sla: { dueMinutes: { standard: -5, premium: 1, vip: 1 } } }).success,
    ).toBe(false);
  });
});
