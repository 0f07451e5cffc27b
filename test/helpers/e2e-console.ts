import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.js';
import type { RunningProcess } from './child-process.js';
import { openConsole } from './console-page.js';
import { consoleAddress, startConsoleHost } from './e2e-processes.js';
import { startStack, type Stack, type StackOptions } from './switchboard-stack.js';

export interface ConsoleInBrowserOptions<Prepared> extends StackOptions {
  /**
   * Runs on the started stack before Chromium starts (the tickets to post, the decisions to push); what it gives is
   * `prepared`.
   */
  prepare?: (stack: Stack) => Promise<Prepared>;
  /**
   * How the file's page opens on the console: by default a new page, connected to the queue; false opens none
   * (the tests open their own).
   */
  openPage?: false | ((browser: Browser, consoleUrl: string) => Promise<Page>);
  /** Runs once the page is open, e.g. until the inbox shows what `prepare` posted. */
  whenOpen?: (page: Page, stack: Stack) => Promise<void>;
  /** A time limit for all of the above, where the e2e project's hook timeout is too short. */
  setupTimeoutMs?: number;
}

/** What a test file runs against: read in its tests (and hooks), after the file's set-up. */
export interface ConsoleInBrowser<Prepared> {
  readonly stack: Stack;
  readonly browser: Browser;
  /** The page the set-up opened (none with `openPage: false`). */
  readonly page: Page;
  /** What `prepare` gave (e.g. the ids of the tickets it posted). */
  readonly prepared: Prepared;
}

/**
 * A stack (queue and console processes), Chromium and a page on the console for the tests of one file:
 * started before them (beforeAll), stopped after them (afterAll).
 */
export function consoleInBrowserPerFile<Prepared = void>(
  options: ConsoleInBrowserOptions<Prepared> = {},
): ConsoleInBrowser<Prepared> {
  const { prepare, openPage = openConsole, whenOpen, setupTimeoutMs, ...stackOptions } = options;
  let stack: Stack | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let prepared: { value: Prepared } | undefined;
  beforeAll(async () => {
    stack = await startStack(stackOptions);
    prepared = { value: (await prepare?.(stack)) as Prepared };
    browser = await launchChromium();
    if (!openPage) return;
    page = await openPage(browser, stack.consoleUrl);
    await whenOpen?.(page, stack);
  }, setupTimeoutMs);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The file's ${what} is used before its set-up made it.`);
    return value;
  };
  return {
    get stack() {
      return started(stack, 'stack');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get page() {
      return started(page, 'page');
    },
    get prepared() {
      return started(prepared, 'prepared set-up').value;
    },
  };
}

/**
 * A second console on the file's queue with the agent token (no autopilot: the first console has one) and a page
 * on it: started before the file's tests (after its first console), stopped after them.
 */
export function agentConsolePerFile(e2e: ConsoleInBrowser<unknown>): { readonly page: Page } {
  let host: RunningProcess | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    const { stack } = e2e;
    host = startConsoleHost({
      dataDir: join(stack.dir, 'agent-console'),
      queueUrl: stack.queueUrl,
      tokensFile: stack.tokensFile,
      autopilot: false,
    });
    page = await openConsole(e2e.browser, await consoleAddress(host));
  }, 120_000);
  afterAll(async () => {
    await host?.stop();
  });
  return {
    get page() {
      if (!page) throw new Error("The agent console's page is used before its set-up made it.");
      return page;
    },
  };
}
