/**
 * Whether `value` nests arrays and objects more than `maxDepth` levels deep (`[]` and `{}` are one level,
 * a string or number none). Walks without recursion and stops at the first level past `maxDepth`, so a
 * value nested 100,000 levels (JSON.parse builds one from 200 KB) costs no stack and little time: check
 * this before anything recursive (a zod schema, JSON.stringify, structuredClone) touches untrusted data.
 */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > maxDepth) return true;
    for (const child of Array.isArray(next.value) ? next.value : Object.values(next.value)) {
      if (typeof child === 'object' && child !== null) pending.push({ value: child, depth });
    }
  }
  return false;
}
