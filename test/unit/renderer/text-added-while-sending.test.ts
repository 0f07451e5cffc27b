import { describe, expect, it } from 'vitest';
import { textAddedWhileSending } from '../../../renderer/src/state/text-added-while-sending.js';

describe('text added to the editor while a reply was being sent', () => {
  it('is nothing when the editor still holds just what was sent', () => {
    expect(textAddedWhileSending('Thanks, done.', 'Thanks, done.')).toBe('');
    expect(textAddedWhileSending('  Thanks, done.\n', 'Thanks, done.')).toBe('');
  });

  it('is what came after the sent text (a macro put in meanwhile)', () => {
    expect(textAddedWhileSending('Thanks, done.\n\nHello Ana,\nyour refund is on its way.', 'Thanks, done.')).toBe(
      'Hello Ana,\nyour refund is on its way.',
    );
  });

  it('keeps the whole text when it no longer starts with what was sent', () => {
    expect(textAddedWhileSending('Something else entirely.', 'Thanks, done.')).toBe('Something else entirely.');
    expect(textAddedWhileSending('', 'Thanks, done.')).toBe('');
  });
});
