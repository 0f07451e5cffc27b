import { describe, expect, it } from 'vitest';
import {
  INTENT_MODEL_RECORD_ID,
  IntentModelRecordSchema,
  type IntentModelRecord,
  type ModelVersion,
} from '../../shared/settings/intent-model-record.js';
import { SettingsPageSchema } from '../../shared/settings/stored-setting.js';
import { seriousViolations } from '../helpers/browser-axe.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { screenshotPath } from '../helpers/e2e-page-steps.js';
import type { Stack } from '../helpers/switchboard-stack.js';

const version = (n: number, fields: Partial<ModelVersion>): ModelVersion => ({
  model: `intent-model-${String(n).repeat(24)}.bin`,
  trainedAt: `2026-12-0${n}T10:00:00.000Z`,
  labelledTickets: 600 * n,
  historyExamples: 480 * n,
  baseExamples: 0,
  figures: { n: 120 * n, accuracy: 0.9, containment: 0.5, threshold: 0.95 },
  previousFigures: null,
  intents: { track_order: 200 * n, get_refund: 150 * n, cancel_order: 130 * n },
  adopted: true,
  verdict: 'a first model that works',
  ...fields,
});

/** Two adopted retrainings, the second in use (as the autopilot records them). */
const RECORD: IntentModelRecord = {
  inUse: version(2, {}).model,
  versions: [version(1, {}), version(2, { figures: { n: 240, accuracy: 0.934, containment: 0.612, threshold: 0.9 } })],
};

async function recordInQueue(stack: Stack): Promise<{ value: IntentModelRecord; version: number } | null> {
  const response = await fetch(`${stack.queueUrl}/v1/settings?after=0&limit=1000`, {
    headers: { authorization: `Bearer ${stack.tokens.tokens.agent}` },
  });
  const item = SettingsPageSchema.parse(await response.json()).items.find(
    (setting) => setting.kind === 'intent_model' && setting.id === INTENT_MODEL_RECORD_ID,
  );
  return item ? { value: IntentModelRecordSchema.parse(item.value), version: item.version } : null;
}

/**
 * A lead sees what the AI learned from the tenant's resolved tickets (the model in use, its held-out figures, its
 * intents and the retrainings) and undoes the last retraining from the keyboard; the queue's record, which the
 * autopilot follows, then names the previous model.
 */
describe('what the AI learned, in the browser', () => {
  const e2e = consoleInBrowserPerFile({
    role: 'lead',
    autopilot: false,
    async prepare(stack) {
      const saved = await fetch(`${stack.queueUrl}/v1/settings/intent_model/${INTENT_MODEL_RECORD_ID}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${stack.tokens.tokens.autopilot}`, 'content-type': 'application/json' },
        body: JSON.stringify({ baseVersion: 0, value: RECORD }),
      });
      expect(saved.status).toBe(200);
    },
    setupTimeoutMs: 240_000,
  });

  it('shows the model in use and undoes the last retraining', async () => {
    const { page, stack } = e2e;
    await page.getByTestId('nav-learning').click({ timeout: 30_000 });
    await page.getByTestId('learning-screen').waitFor();
    await expect.poll(() => page.getByTestId('learning-accuracy').textContent(), { timeout: 30_000 }).toBe('93.4%');
    expect(await page.getByTestId('learning-containment').textContent()).toBe('61.2%');
    expect(await page.getByTestId('learning-in-use').textContent()).toContain('From 960 resolved tickets');
    expect(await page.getByTestId('learning-intents').locator('tbody tr').first().textContent()).toBe('track_order400');
    expect(await page.getByTestId('learning-history').locator('li').count()).toBe(2);
    await page.screenshot({ path: screenshotPath('learning-screen.png') });
    expect(await seriousViolations(page, '[data-testid="learning-screen"]')).toEqual([]);

    await page.getByTestId('learning-undo').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('learning-outcome').textContent(), { timeout: 15_000 })
      .toBe('Undone. The AI returns to the previous model.');
    const undone = await recordInQueue(stack);
    expect(undone?.value.inUse).toBe(RECORD.versions[0]!.model);
    expect(undone?.value.versions[1]!.adopted).toBe(false);
    await expect.poll(() => page.getByTestId('learning-accuracy').textContent()).toBe('90.0%');
  }, 240_000);
});
