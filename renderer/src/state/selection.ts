export interface Identified {
  id: string;
}

/** Index of the selected row: by id when it is still listed, else the nearest row to where it was. */
export function selectedIndex(items: readonly Identified[], selectedId: string | null, fallbackIndex = 0): number {
  if (items.length === 0) return -1;
  if (selectedId !== null) {
    const i = items.findIndex((item) => item.id === selectedId);
    if (i >= 0) return i;
  }
  return Math.min(Math.max(fallbackIndex, 0), items.length - 1);
}

/** Id of the row `delta` steps from the one shown as selected, clamped to the list. */
export function moveSelection(
  items: readonly Identified[],
  selectedId: string | null,
  delta: number,
  fallbackIndex = 0,
): string | null {
  if (items.length === 0) return null;
  const current = selectedIndex(items, selectedId, fallbackIndex);
  const next = Math.min(Math.max(current + delta, 0), items.length - 1);
  return items[next]?.id ?? null;
}
