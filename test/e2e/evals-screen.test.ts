import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { REPO_ROOT } from '../helpers/child-process.js';
import { startStack, type Stack } from '../helpers/switchboard-stack.js';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

/**
 * A team lead runs the retail golden suite from the console: the run goes to a child process, the
 * screen shows its progress, then the figures against the shipped baseline and the failing cases,
 * and the run becomes the console's baseline.
 */
describe('Evals screen in the browser', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    stack = await startStack({ role: 'lead', autopilot: false });
    browser = await launchChromium();
    page = await (await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(stack.consoleUrl);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('runs a suite with progress, compares it with the baseline, lists failing cases and promotes the run', async () => {
    await page.getByTestId('nav-evals').click({ timeout: 30_000 });
    await page.getByTestId('evals-screen').waitFor();
    await page.getByTestId('eval-suite').selectOption('retail.golden.jsonl');
    await expect.poll(() => page.getByTestId('eval-baselines').textContent()).toBe('Baselines: builtin');
    await page.getByTestId('eval-run').click();
    await page.getByTestId('eval-verdict').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('eval-verdict').textContent()).toBe(
      "Gate passed: no figure regressed beyond the suite's thresholds.",
    );
    expect(await page.getByTestId('eval-figure-containment').locator('td').first().textContent()).toBe('0.0%');
    expect(await page.getByTestId('eval-figure-passRate').locator('td').nth(2).textContent()).toBe('0 pts');
    expect(await page.getByTestId('eval-failing-case').count()).toBeGreaterThan(50);
    expect(await page.getByTestId('eval-failing-case').first().textContent()).toContain(
      'Expected the AI to resolve, but it escalated',
    );
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'evals-screen.png') });

    await page.addScriptTag({ path: AXE_SOURCE });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (c: Element) => Promise<{ violations: { id: string; impact: string | null }[] }> };
        }
      ).axe;
      return (await axe.run(document.querySelector('[data-testid="evals-screen"]')!)).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id);
    });
    expect(violations).toEqual([]);

    await page.getByTestId('eval-promote').click();
    const promoted = await page.getByTestId('eval-promoted').textContent({ timeout: 15_000 });
    expect(promoted).toMatch(/^Baseline saved: .*console.evals.retail\.golden\.baseline\.builtin\.json$/);
    // The suite's own folder is never written: the promoted baseline lives in the console's data folder.
    expect(promoted).not.toContain(join(REPO_ROOT, 'resources'));
  }, 240_000);
});
