import { describe, expect, it } from 'vitest';
import { inboxEmptyMessage, inboxEmptyText } from '../../../renderer/src/components/inbox-empty-message.js';
import { consoleTranslator } from '../../helpers/ui-strings.js';

async function translator(lng: string) {
  return consoleTranslator(lng);
}

describe('the empty inbox while tickets wait for the AI', () => {
  it('never says the inbox is clear while new tickets wait, and says why they wait', async () => {
    const t = await translator('en');
    const say = (ai: Parameters<typeof inboxEmptyMessage>[0]) => inboxEmptyText(inboxEmptyMessage(ai), t);
    expect(say({ waitingTickets: 0, autopilot: 'ready' })).toBe('No escalated tickets. The inbox is clear.');
    expect(say(undefined)).toBe('No escalated tickets. The inbox is clear.');
    expect(say({ waitingTickets: 222, autopilot: 'starting' })).toBe(
      'AI starting: 222 tickets waiting. Escalations appear here as the AI decides.',
    );
    expect(say({ waitingTickets: 1, autopilot: 'partial' })).toBe(
      'AI starting: 1 ticket waiting. Escalations appear here as the AI decides.',
    );
    expect(say({ waitingTickets: 3, autopilot: 'ready' })).toBe(
      'The AI is deciding 3 new tickets. Escalations appear here.',
    );
    expect(say({ waitingTickets: 3, autopilot: null })).toBe(
      '3 new tickets are waiting for the AI. Escalations appear here once they are decided.',
    );
    expect(say({ waitingTickets: 1_250, autopilot: 'failed' })).toBe(
      '1,250 new tickets are waiting for the AI. Escalations appear here once they are decided. The AI of this console could not start; see its log.',
    );
  });

  it('counts in the interface language, with its plural forms', async () => {
    const message = (count: number) => inboxEmptyMessage({ waitingTickets: count, autopilot: 'partial' });
    const pl = await translator('pl');
    expect(inboxEmptyText(message(3), pl)).toContain('czekają 3 zgłoszenia');
    expect(inboxEmptyText(message(5), pl)).toContain('czeka 5 zgłoszeń');
    const ar = await translator('ar');
    expect(inboxEmptyText(message(2), ar)).toContain('تذكرتان');
    const de = await translator('de');
    expect(inboxEmptyText(message(1_500), de)).toContain('1.500 Tickets warten');
  });
});
