/**
 * Reciprocal rank fusion: rankings of the same items by different measures (bm25, cosine) made one, each item
 * scoring the sum of 1 / (K + its rank) over the rankings it is in. No measure's scale matters, only order.
 */
export const FUSION_K = 60;

/** Each id's fused score (in (0, 1) with up to 60 rankings), best first. */
export function rankFusion(rankings: readonly (readonly string[])[]): Map<string, number> {
  const scores = new Map<string, number>();
  for (const ranking of rankings)
    ranking.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + 1 / (FUSION_K + rank + 1)));
  return new Map([...scores].sort((a, b) => b[1] - a[1]));
}
