/**
 * Where a key moves the focus in a list of `count` items from item `current`: ↓ and ↑ one item (clamped to the list),
 * Home and End to the first and the last; -1 is above the first item (the field over the list); null: not a moving key.
 */
export function listKeyMove(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  const from = Math.min(Math.max(current, 0), last);
  switch (key) {
    case 'ArrowDown':
      return Math.min(from + 1, last);
    case 'ArrowUp':
      return from - 1;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
