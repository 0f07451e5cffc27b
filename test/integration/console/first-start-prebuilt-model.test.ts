import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStartupLine, type StartupFigure } from '../../../autopilot/autopilot-stage-follower.js';
import { startConsoleRuntime } from '../../../electron/core/console-runtime.js';
import { PREBUILT_MODELS_DIR, RESOURCES_DIR } from '../../../lib/paths.js';
import { waitFor } from '../../helpers/child-process.js';
import { tempDirForEachTest } from '../../helpers/temp-dir.js';

/** The serve log's lines from the first that matches each pattern, in order; throws naming a missing one. */
function positions(lines: readonly string[], patterns: readonly RegExp[]): number[] {
  return patterns.map((pattern) => {
    const at = lines.findIndex((line) => pattern.test(line));
    if (at < 0) throw new Error(`No line of the log matches ${pattern}:\n${lines.join('\n')}`);
    return at;
  });
}

describe('npm run serve on a fresh data folder, with the intent models npm ci built ahead of time', () => {
  const dir = tempDirForEachTest('switchboard-first-start-');

  it('loads the model built ahead of time instead of training, and logs the first AI decision and the classifier ready', async () => {
    expect(
      existsSync(PREBUILT_MODELS_DIR) && readdirSync(PREBUILT_MODELS_DIR).length > 0,
      `no intent model in ${PREBUILT_MODELS_DIR}: npm ci builds it (or npm run build:models)`,
    ).toBe(true);
    const lines: string[] = [];
    const modelCacheDir = join(dir(), 'model-cache');
    const runtime = await startConsoleRuntime({
      dataDir: join(dir(), 'console'),
      resourcesDir: RESOURCES_DIR,
      modelCacheDir,
      log: (line) => lines.push(line),
    });
    try {
      const figure = (kind: StartupFigure['kind']) => lines.map(parseStartupLine).find((f) => f?.kind === kind);
      await waitFor(
        async () => Boolean(figure('first_decision') && (figure('classifier_ready') ?? figure('engine_ready'))),
        120_000,
        'the start-up lines of the first AI decision and of the classifier ready',
      );
      const [loaded, engineStarted, ready] = positions(lines, [
        /^\[autopilot\] Intent model loaded \(built ahead of time by npm ci\) in [\d.]+ s by a child process: /,
        /^\[autopilot\] AI engine started in \d+ ms/,
        /^Start-up: (intent classifier|AI engine) ready [\d.]+ s after the console started/,
      ]);
      // The engine decides from its start on; the classifier joins once the model built ahead of time is read.
      expect(engineStarted).toBeLessThan(ready!);
      expect(loaded).toBeLessThan(ready!);
      expect(lines[loaded!]).toContain(PREBUILT_MODELS_DIR);
      expect(lines.filter((line) => line.includes('Training the intent model'))).toEqual([]);
      expect(existsSync(modelCacheDir) ? readdirSync(modelCacheDir) : []).toEqual([]);
      expect(figure('first_decision')?.seconds).toBeGreaterThan(0);
    } finally {
      await runtime.stop();
    }
  }, 180_000);
});
