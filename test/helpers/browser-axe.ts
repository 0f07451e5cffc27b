import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern (an injected script tag is refused by it). */
let axeText: string | null = null;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * Serious or critical axe-core violations in the page, or inside the element `selector` names: each as its
 * impact, rule, help and the first elements it found.
 */
export async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  axeText ??= readFileSync(AXE_SOURCE, 'utf8');
  await page.evaluate(axeText);
  const violations = await page.evaluate(async (within) => {
    const axe = (
      window as unknown as { axe: { run: (context: Element | Document) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const context = within ? document.querySelector(within) : document;
    if (!context) throw new Error(`Nothing matches ${within} to check.`);
    return (await axe.run(context)).violations;
  }, selector ?? null);
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')})`,
    );
}
