/**
 * What one ticket's model work is expected to cost, reserved from the month's budget before the model is asked:
 * the mean of the latest measured tickets (their calls and retries together), or a first guess before any was measured.
 */
const WINDOW = 20;

export class ModelCostEstimate {
  private readonly recent: number[] = [];

  constructor(private readonly initialUsd: number) {}

  usd(): number {
    if (this.recent.length === 0) return this.initialUsd;
    return this.recent.reduce((sum, usd) => sum + usd, 0) / this.recent.length;
  }

  observe(usd: number): void {
    this.recent.push(usd);
    if (this.recent.length > WINDOW) this.recent.shift();
  }
}
