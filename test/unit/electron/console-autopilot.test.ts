import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { AutopilotProvider } from '../../../autopilot/queue-line.js';
import { ConsoleAutopilot } from '../../../electron/core/console-autopilot.js';
import type { ChildService } from '../../../lib/child-service.js';

const PROVIDER: AutopilotProvider = {
  baseURL: 'http://127.0.0.1:11434/v1',
  model: 'qwen2.5:7b-instruct',
  timeoutSeconds: 30,
};

/** Starts a real idle Node child per autopilot, recording the provider each one was given; stop ends it. */
function launcher(given: Array<AutopilotProvider | null>) {
  return async (provider: Promise<AutopilotProvider | null>): Promise<ChildService> => {
    given.push(await provider);
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return {
      readyLine: ['started'] as RegExpMatchArray,
      child,
      stop: async () => {
        child.kill();
        await exited;
      },
    };
  };
}

describe("a console's autopilot and its provider", () => {
  it('restarts when the embeddings model changes, not when the same provider is given again', async () => {
    const given: Array<AutopilotProvider | null> = [];
    const log: string[] = [];
    const autopilot = new ConsoleAutopilot(launcher(given), (line) => log.push(line));
    try {
      autopilot.useProvider(PROVIDER);
      await autopilot.current();
      autopilot.useProvider({ ...PROVIDER });
      await autopilot.settled();
      expect(given).toEqual([PROVIDER]);

      autopilot.useProvider({ ...PROVIDER, embeddingsModel: 'nomic-embed-text' });
      await autopilot.settled();
      expect(given).toEqual([PROVIDER, { ...PROVIDER, embeddingsModel: 'nomic-embed-text' }]);
      expect(log).toEqual([
        expect.stringMatching(/^Autopilot restarted with the model qwen2\.5:7b-instruct at .* in \d+\.\d s\.$/),
      ]);
    } finally {
      await autopilot.stop();
    }
  });
});
