import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import directions of ARCHITECTURE.md are enforced by eslint.config.js. These cases prove the rules
 * bite: each forbidden import must be reported by no-restricted-imports, each allowed one must not.
 */
/**
 * Folder directions (layers/import-directions) and forbidden modules (no-restricted-imports; the typescript-eslint
 * one tells a type import from a value import, for the widget).
 */
const RESTRICTING_RULES = new Set([
  'layers/import-directions',
  'no-restricted-imports',
  '@typescript-eslint/no-restricted-imports',
]);
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned nothing for ${filePath}`);
  const fatal = result.messages.filter((message) => message.fatal);
  if (fatal.length > 0)
    throw new Error(`ESLint could not parse ${filePath}: ${fatal.map((m) => m.message).join('; ')}`);
  return result.messages
    .filter((message) => RESTRICTING_RULES.has(message.ruleId ?? ''))
    .map((message) => message.message);
}

describe('layer boundaries (eslint.config.js)', () => {
  it.each([
    ['renderer -> server', 'renderer/src/x.ts', "import '../../server/storage/store.js';"],
    ['renderer -> electron/core', 'renderer/src/x.ts', "import '../../electron/core/console-runtime.js';"],
    ['renderer -> electron', 'renderer/src/x.ts', "import 'electron';"],
    ['renderer -> node:fs', 'renderer/src/x.ts', "import 'node:fs';"],
    ['shared -> node:fs', 'shared/x.ts', "import 'node:fs';"],
    ['shared -> fs (bare builtin)', 'shared/domain/x.ts', "import 'fs';"],
    ['shared -> electron/core', 'shared/x.ts', "import '../electron/core/console-service.js';"],
    ['shared -> better-sqlite3', 'shared/x.ts', "import 'better-sqlite3';"],
    ['electron/core -> electron', 'electron/core/x.ts', "import 'electron';"],
    ['electron/core -> electron/main', 'electron/core/x.ts', "import '../main/window.js';"],
    ['electron/core -> server', 'electron/core/x.ts', "import '../../server/events.js';"],
    ['server -> electron/core', 'server/x.ts', "import '../electron/core/console-service.js';"],
    ['server -> electron', 'server/x.ts', "import 'electron';"],
    ['preload -> electron/core', 'electron/preload/x.ts', "import '../core/paths.js';"],
    ['electron/main -> renderer', 'electron/main/x.ts', "import '../../renderer/src/main.js';"],
    ['electron/main -> server', 'electron/main/x.ts', "import '../../server/cli.js';"],
    ['preload -> electron/main', 'electron/preload/x.ts', "import '../main/secret-policy.js';"],
    ['preload -> better-sqlite3', 'electron/preload/x.ts', "import 'better-sqlite3';"],
    ['shared -> lib', 'shared/x.ts', "import '../lib/paths.js';"],
    ['server -> engine', 'server/x.ts', "import '../engine/triage.js';"],
    ['server -> autopilot', 'server/domain/x.ts', "import '../../autopilot/autopilot.js';"],
    ['renderer -> engine', 'renderer/src/x.ts', "import '../../engine/triage.js';"],
    ['lib -> engine', 'lib/x.ts', "import '../engine/triage.js';"],
    ['lib -> electron/core', 'lib/queue-client/x.ts', "import '../../electron/core/console-service.js';"],
    ['engine -> evals', 'engine/openai/x.ts', "import '../../evals/run-suite.js';"],
    ['engine -> autopilot', 'engine/x.ts', "import '../autopilot/autopilot.js';"],
    ['engine -> electron/core', 'engine/x.ts', "import '../electron/core/console-service.js';"],
    ['autopilot -> evals', 'autopilot/x.ts', "import '../evals/run-suite.js';"],
    ['evals -> autopilot', 'evals/cli/x.ts', "import '../../autopilot/autopilot.js';"],
    ['autopilot -> server', 'autopilot/x.ts', "import '../server/app.js';"],
    ['channels -> engine', 'channels/x.ts', "import '../engine/triage.js';"],
    ['electron/core -> channels', 'electron/core/x.ts', "import '../../channels/x.js';"],
    ['renderer -> the preload script', 'renderer/src/x.ts', "import '../../electron/preload/preload.js';"],
    ['widget -> lib', 'widget/x.ts', "import '../lib/paths.js';"],
    ['widget -> renderer', 'widget/ui/x.ts', "import '../../renderer/src/main.js';"],
    ['widget -> node:fs', 'widget/x.ts', "import 'node:fs';"],
    ['widget -> zod (its size)', 'widget/x.ts', "import { z } from 'zod';\nexport const s = z.string();"],
    [
      'widget -> the widget contract at run time (zod)',
      'widget/x.ts',
      "import { WidgetConfigSchema } from '../shared/api/widget-contract.js';\nexport const s = WidgetConfigSchema;",
    ],
  ])('forbids %s', async (_label, filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['renderer -> shared', 'renderer/src/x.ts', "import '../../shared/result.js';"],
    ['electron/core -> shared', 'electron/core/x.ts', "import '../../shared/result.js';"],
    ['electron/core -> node:fs', 'electron/core/x.ts', "import 'node:fs';"],
    ['electron/main -> electron/core', 'electron/main/x.ts', "import '../core/console-runtime.js';"],
    ['electron/main -> electron', 'electron/main/x.ts', "import 'electron';"],
    ['preload -> shared and electron', 'electron/preload/x.ts', "import 'electron';\nimport '../../shared/result.js';"],
    ['server -> shared', 'server/x.ts', "import '../shared/result.js';"],
    ['server -> lib', 'server/storage/x.ts', "import '../../lib/owner-only-file.js';"],
    ['engine -> lib', 'engine/x.ts', "import '../lib/write-file-atomically.js';"],
    ['autopilot -> engine and lib', 'autopilot/x.ts', "import '../engine/triage.js';\nimport '../lib/paths.js';"],
    ['evals -> engine', 'evals/cli/x.ts', "import '../../engine/triage.js';"],
    [
      'electron/core -> autopilot, evals, engine, lib',
      'electron/core/x.ts',
      "import '../../autopilot/autopilot.js';\nimport '../../evals/run-suite.js';\nimport '../../engine/triage.js';\nimport '../../lib/paths.js';",
    ],
    ['channels -> lib and shared', 'channels/x.ts', "import '../lib/paths.js';\nimport '../shared/result.js';"],
    [
      "widget -> the widget contract's types and constants",
      'widget/x.ts',
      "import type { WidgetConversation } from '../shared/api/widget-contract.js';\nimport { WIDGET_LIMITS } from '../shared/api/widget-constants.js';\nexport const n: WidgetConversation | number = WIDGET_LIMITS.maxTextLength;",
    ],
  ])('allows %s', async (_label, filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).toEqual([]);
  });
});
