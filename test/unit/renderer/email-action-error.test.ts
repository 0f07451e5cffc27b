import { describe, expect, it } from 'vitest';
import { actionErrorText } from '../../../renderer/src/email/action-error.js';
import { consoleTranslator } from '../../helpers/ui-strings.js';

describe('a failed email action in the reader’s language', () => {
  it('says the offline case in its own words, and anything else with the host’s sentence inside', () => {
    const t = consoleTranslator('de');
    expect(actionErrorText(t, { code: 'needs_network', message: 'The central queue cannot be reached.' })).toBe(
      t('email.errors.needs_network'),
    );
    expect(t('email.errors.needs_network')).toMatch(/Warteschlange/);
    expect(actionErrorText(t, { code: 'queue_error', message: 'Disk full.' })).toBe(
      'Das hat nicht geklappt: Disk full.',
    );
  });
});
