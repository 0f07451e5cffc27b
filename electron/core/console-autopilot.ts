/**
 * The console's own autopilot child and the AI provider it runs with. The child starts at once (its engine loads
 * meanwhile) and gets the queue and the provider on its stdin (autopilot/queue-line.ts) once both are known: the queue
 * when it is up, the provider when the console has read its settings. A different provider later (a save or a removal
 * under Settings, AI provider) restarts it with the new one: stop, then start; the log says how long that took.
 */
import type { AutopilotProvider } from '../../autopilot/queue-line.js';
import type { ChildService } from '../../lib/child-service.js';

/** Starts one autopilot child that takes `provider` (null: the built-in engine) with its queue on stdin. */
export type AutopilotLauncher = (provider: Promise<AutopilotProvider | null>) => Promise<ChildService>;

export class ConsoleAutopilot {
  private running: Promise<ChildService>;
  private provider: AutopilotProvider | null | undefined = undefined;
  private giveFirst: (provider: AutopilotProvider | null) => void = () => undefined;
  private switching: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly launch: AutopilotLauncher,
    private readonly log: (line: string) => void,
    /** Told each child as it is started (the first one too), e.g. to follow its start-up lines. */
    private readonly onStart: (child: Promise<ChildService>) => void = () => undefined,
  ) {
    this.running = this.startChild(new Promise((resolve) => (this.giveFirst = resolve)));
  }

  /** The child now running (or starting). */
  current(): Promise<ChildService> {
    return this.running;
  }

  /** The provider to run with: the first call completes the first child's start; a different one restarts it. */
  useProvider(provider: AutopilotProvider | null): void {
    if (this.provider !== undefined && sameProvider(this.provider, provider)) return;
    const first = this.provider === undefined;
    this.provider = provider;
    if (first) return this.giveFirst(provider);
    // Switches run one after another, so two quick saves leave the last one running.
    this.switching = this.switching.then(() => this.restart(provider));
  }

  /** Resolves once the switches asked for so far are done (started, or failed and logged). */
  settled(): Promise<void> {
    return this.switching;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.switching;
    await (await this.running.catch(() => null))?.stop();
  }

  private async restart(provider: AutopilotProvider | null): Promise<void> {
    if (this.stopped || this.provider !== provider) return;
    const began = performance.now();
    await (await this.running.catch(() => null))?.stop();
    if (this.stopped) return;
    this.running = this.startChild(Promise.resolve(provider));
    try {
      await this.running;
      const seconds = ((performance.now() - began) / 1000).toFixed(1);
      this.log(`Autopilot restarted with ${describeProvider(provider)} in ${seconds} s.`);
    } catch (error) {
      this.log(
        `The autopilot could not restart with ${describeProvider(provider)}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  private startChild(provider: Promise<AutopilotProvider | null>): Promise<ChildService> {
    const child = this.launch(provider);
    child.catch(() => undefined); // awaited by whoever asks for it
    this.onStart(child);
    return child;
  }
}

/** In the log: the engine and model, never the key. */
export function describeProvider(provider: AutopilotProvider | null): string {
  return provider ? `the model ${provider.model} at ${provider.baseURL}` : 'the built-in engine';
}

function sameProvider(a: AutopilotProvider | null, b: AutopilotProvider | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
