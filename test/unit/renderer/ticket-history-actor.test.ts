import { describe, expect, it } from 'vitest';
import { claimedNameOf, type AuditEvent } from '../../../shared/api/ticket-history.js';
import { cannotOverruleAi } from '../../../shared/api/whoami.js';

const event = (actor: string, inputs: Record<string, unknown>): AuditEvent => ({
  seq: 1,
  actor: { name: actor, role: 'agent', clientId: 'console-1' },
  at: '2026-03-01T10:00:00.000Z',
  action: 'agent_reply',
  inputs,
  reason: null,
});

describe('who the ticket history names (issue 21, findings 4 and 5)', () => {
  it("shows the name a console gave only when it is not the token's own, and only a text", () => {
    expect(claimedNameOf(event('Demo agent', { claimedName: 'Lee Lead' }))).toBe('Lee Lead');
    expect(claimedNameOf(event('Demo agent', { claimedName: 'Demo agent' }))).toBeNull();
    expect(claimedNameOf(event('Demo agent', {}))).toBeNull();
    expect(claimedNameOf(event('Demo agent', { claimedName: { name: 'x' } }))).toBeNull();
  });

  it('leaves an AI resolution to leads, and lets the queue decide while the role is unknown', () => {
    expect(cannotOverruleAi('ai_resolved', 'agent')).toBe(true);
    expect(cannotOverruleAi('ai_resolved', 'autopilot')).toBe(true);
    expect(cannotOverruleAi('ai_resolved', 'lead')).toBe(false);
    expect(cannotOverruleAi('ai_resolved', 'admin')).toBe(false);
    expect(cannotOverruleAi('ai_resolved', null)).toBe(false);
    expect(cannotOverruleAi('resolved', 'agent')).toBe(false);
  });
});
