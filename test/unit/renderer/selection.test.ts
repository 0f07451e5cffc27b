import { describe, expect, it } from 'vitest';
import { moveSelection, selectedIndex } from '../../../renderer/src/state/selection.js';

const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('selection', () => {
  it('finds the selected row by id, else falls back to the nearest index', () => {
    expect(selectedIndex(items, 'b')).toBe(1);
    expect(selectedIndex(items, null)).toBe(0);
    expect(selectedIndex(items, 'gone', 7)).toBe(2);
    expect(selectedIndex([], 'a')).toBe(-1);
  });

  it('moves from the row shown as selected and clamps at the ends', () => {
    expect(moveSelection(items, null, 1)).toBe('b');
    expect(moveSelection(items, 'b', 1)).toBe('c');
    expect(moveSelection(items, 'c', 1)).toBe('c');
    expect(moveSelection(items, 'a', -1)).toBe('a');
    expect(moveSelection(items, 'gone', 1, 1)).toBe('c');
    expect(moveSelection([], null, 1)).toBeNull();
  });
});
