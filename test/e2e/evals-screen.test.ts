import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/browser-axe.js';
import { REPO_ROOT } from '../helpers/child-process.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { screenshotPath } from '../helpers/e2e-page-steps.js';

/**
 * A team lead runs the retail golden suite from the console: the run goes to a child process, the
 * screen shows its progress, then the figures against the shipped baseline and the failing cases,
 * and the run becomes the console's baseline.
 */
describe('Evals screen in the browser', () => {
  const e2e = consoleInBrowserPerFile({
    role: 'lead',
    autopilot: false,
    async openPage(browser, consoleUrl) {
      const page = await (
        await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } })
      ).newPage();
      await page.goto(consoleUrl);
      return page;
    },
    setupTimeoutMs: 240_000,
  });

  it('runs a suite with progress, compares it with the baseline, lists failing cases and promotes the run', async () => {
    const { page } = e2e;
    await page.getByTestId('nav-evals').click({ timeout: 30_000 });
    await page.getByTestId('evals-screen').waitFor();
    await page.getByTestId('eval-suite').selectOption('retail.golden.jsonl');
    await expect
      .poll(() => page.getByTestId('eval-baselines').textContent())
      .toBe('Baselines: builtin, routed (replay)');
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
    await page.screenshot({ path: screenshotPath('evals-screen.png') });

    expect(await seriousViolations(page, '[data-testid="evals-screen"]')).toEqual([]);

    await page.getByTestId('eval-promote').click();
    const promoted = await page.getByTestId('eval-promoted').textContent({ timeout: 15_000 });
    expect(promoted).toMatch(/^Baseline saved: .*console.evals.retail\.golden\.baseline\.builtin\.json$/);
    // The suite's own folder is never written: the promoted baseline lives in the console's data folder.
    expect(promoted).not.toContain(join(REPO_ROOT, 'resources'));
  }, 240_000);

  it('runs the payments suite through the routed engine and shows the figures per route', async () => {
    const { page } = e2e;
    await page.getByTestId('eval-suite').selectOption('payments.golden.jsonl');
    await page.getByTestId('eval-provider').selectOption('routed');
    // No model named: the answers recorded in the suite are replayed.
    expect(await page.getByTestId('eval-routed-hint').textContent()).toMatch(/^Leave the model empty to replay/);
    await page.getByTestId('eval-model').fill('');
    await page.getByTestId('eval-run').click();
    await page.getByTestId('eval-routes').waitFor({ timeout: 180_000 });
    expect(await page.getByTestId('eval-verdict').textContent()).toBe(
      "Gate passed: no figure regressed beyond the suite's thresholds.",
    );
    const cells = async (route: string) => page.getByTestId(`eval-route-${route}`).locator('th, td').allTextContents();
    const model = await cells('model');
    expect(model[0]).toBe('Model');
    expect(model[1]).toMatch(/^\d+\.\d% \(\d+\)$/);
    expect(model[2]).toBe('100.0%');
    expect(model[3]).toBe('0');
    // The replay model has no list price: its resolutions cost 0 here (the CLI takes --pricing).
    expect(model[4]).toMatch(/^\$0(\.0+)?$/);
    expect((await cells('person'))[4]).toBe('–');
    expect(await page.getByTestId('eval-pricing').textContent()).toBe(
      'No price is known for this model, so costs show as 0.',
    );
    await page.getByTestId('eval-routes').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('evals-routes.png') });
    expect(await seriousViolations(page, '[data-testid="evals-screen"]')).toEqual([]);
  }, 240_000);
});
