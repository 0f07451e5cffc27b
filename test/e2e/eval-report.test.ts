import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baselineOf, compareWithBaseline } from '../../evals/baseline.js';
import { readEngineOverride } from '../../evals/engine-override.js';
import { renderHtmlReport } from '../../evals/html-report.js';
import { loadSuite } from '../../evals/load-suite.js';
import { runSuite } from '../../evals/run-suite.js';
import { createBuiltinCaseEngine } from '../../evals/suite-engines.js';
import { launchChromium } from '../helpers/browser.js';
import { seriousViolations } from '../helpers/browser-axe.js';
import { REPO_ROOT } from '../helpers/child-process.js';
import { screenshotPath } from '../helpers/e2e-page-steps.js';
const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'evals');
const RESOURCES = join(REPO_ROOT, 'test', 'fixtures', 'ai', 'resources');

describe('the eval HTML report in Chromium', () => {
  let browser: Browser;
  let reportFile: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-eval-report-'));
    const suite = loadSuite(join(FIXTURES, 'fixture-bank.suite.jsonl'));
    const cacheDir = join(dir, 'cache');
    const good = await runSuite(
      suite,
      createBuiltinCaseEngine({ resourcesDir: RESOURCES, cacheDir, tenantId: 'fixture-bank', override: null }),
    );
    const overrideFile = join(FIXTURES, 'worse-threshold.override.json');
    const worse = await runSuite(
      suite,
      createBuiltinCaseEngine({
        resourcesDir: RESOURCES,
        cacheDir,
        tenantId: 'fixture-bank',
        override: readEngineOverride(overrideFile),
      }),
      { engineOverride: overrideFile },
    );
    worse.comparison = compareWithBaseline(
      'fixture-bank.suite.baseline.builtin.json',
      baselineOf(good),
      worse.figures,
      worse.cases,
      suite.header.gate,
    );
    reportFile = join(REPO_ROOT, 'test-results', 'eval-report.html');
    mkdirSync(join(REPO_ROOT, 'test-results'), { recursive: true });
    writeFileSync(reportFile, renderHtmlReport(worse));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reads as a report: the verdict, the figures against the baseline, every failing case with why; no serious accessibility problem', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    try {
      await page.goto(pathToFileURL(reportFile).href);
      expect(await page.title()).toBe('Fixture bank smoke – eval report');
      await expect
        .poll(() => page.getByRole('status').textContent())
        .toMatch(/^Gate failed: passRate, wrongResolutionRate, missedEscalationRate, ownerQueueAccuracy regressed\.$/);
      const regressedRows = page.locator('table.figures tr.regressed th');
      expect(await regressedRows.allTextContents()).toEqual([
        'Pass rate',
        'Wrong resolutions (of resolved)',
        'Missed escalations (of expected escalations)',
        'Owner queue accuracy',
      ]);
      const stolen = page.locator('#case-fx-en-stolen');
      await expect.poll(() => stolen.isVisible()).toBe(true);
      expect(await stolen.locator('.why li').first().textContent()).toBe(
        'Expected an escalation to a human, but the AI resolved the ticket on its own.',
      );
      expect(await stolen.locator('blockquote').textContent()).toBe('My card was stolen');
      expect(await stolen.getByText('Freeze your card right away').count()).toBe(1);
      // The link from "newly failing" jumps to the case.
      await page.locator('a[href="#case-fx-en-stolen"]').click();
      expect(await page.evaluate(() => location.hash)).toBe('#case-fx-en-stolen');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: screenshotPath('eval-report.png'), fullPage: true });

      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
