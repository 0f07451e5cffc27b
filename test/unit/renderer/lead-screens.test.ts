import { describe, expect, it } from 'vitest';
import { LEAD_SCREENS, leadScreensFor, shownLeadScreen } from '../../../renderer/src/lead/lead-screen-registry.js';
import { uiStrings } from '../../helpers/ui-strings.js';

describe('the lead screens registry', () => {
  it('gives leads and admins every lead screen, in tab order, and agents none', () => {
    for (const role of ['lead', 'admin'] as const) {
      expect(leadScreensFor(role).map((screen) => screen.id)).toEqual([
        'dashboard',
        'sample',
        'rules',
        'evals',
        'admin',
        'articles',
        'learning',
        'routing',
        'ai-health',
      ]);
    }
    expect(leadScreensFor('agent')).toEqual([]);
    expect(leadScreensFor(null)).toEqual([]);
  });

  it('shows the open screen only to a role that may see it', () => {
    expect(shownLeadScreen('rules', 'lead')?.id).toBe('rules');
    expect(shownLeadScreen('rules', 'agent')).toBeNull();
    expect(shownLeadScreen(null, 'lead')).toBeNull();
  });

  it('names each screen once, with labels that exist in the catalogs', () => {
    const english = uiStrings('en');
    expect(new Set(LEAD_SCREENS.map((screen) => screen.id)).size).toBe(LEAD_SCREENS.length);
    for (const screen of LEAD_SCREENS) {
      expect(english.get(screen.labelKey), screen.id).toBeTruthy();
      if (screen.layout.kind === 'beside-ticket')
        expect(english.get(screen.layout.listLabelKey), screen.id).toBeTruthy();
    }
  });
});
