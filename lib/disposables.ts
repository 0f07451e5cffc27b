/** How one started thing is stopped. */
export type Stop = () => Promise<void> | void;

/**
 * Everything a process started, in the order it started: `stopAll()` stops them in reverse order, each one even
 * when an earlier stop failed, and then throws one error naming every stop that failed.
 */
export class Disposables {
  private readonly entries: { name: string; stop: Stop }[] = [];

  add(name: string, stop: Stop): void {
    this.entries.push({ name, stop });
  }

  /** Stops everything added so far, last first; a second call stops only what was added since. */
  async stopAll(): Promise<void> {
    const failures: { name: string; error: unknown }[] = [];
    for (const { name, stop } of this.entries.splice(0).reverse()) {
      try {
        await stop();
      } catch (error) {
        failures.push({ name, error });
      }
    }
    if (failures.length === 0) return;
    throw new AggregateError(
      failures.map((failure) => failure.error),
      `Could not stop ${failures
        .map(({ name, error }) => `the ${name} (${error instanceof Error ? error.message : String(error)})`)
        .join(', ')}.`,
    );
  }
}
