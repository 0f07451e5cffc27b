/** Small seeded PRNG (mulberry32) so training, splits and shuffles are reproducible. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
  return items;
}

/**
 * Seeded stratified split: for every label, `fraction` of its examples (at least one when the label
 * has two or more) go to the held-out part. Returns indices into `labels`.
 */
export function stratifiedSplit(
  labels: readonly string[],
  fraction: number,
  seed: number,
): { train: number[]; heldOut: number[] } {
  const random = createRandom(seed);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const list = byLabel.get(label);
    if (list) list.push(i);
    else byLabel.set(label, [i]);
  });
  const train: number[] = [];
  const heldOut: number[] = [];
  for (const label of [...byLabel.keys()].sort()) {
    const idx = shuffleInPlace(byLabel.get(label)!, random);
    const k = idx.length < 2 ? 0 : Math.max(1, Math.round(idx.length * fraction));
    heldOut.push(...idx.slice(0, k));
    train.push(...idx.slice(k));
  }
  return { train: train.sort((a, b) => a - b), heldOut: heldOut.sort((a, b) => a - b) };
}
