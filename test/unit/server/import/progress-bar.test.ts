import { describe, expect, it } from 'vitest';
import { ProgressBar } from '../../../../server/import/progress-bar.js';

function output(isTTY: boolean) {
  const written: string[] = [];
  return { written, output: { isTTY, write: (text: string) => written.push(text) } };
}

describe('the progress bar', () => {
  it('shows count/total, share, rate and time left', () => {
    let now = 0;
    const bar = new ProgressBar({ write: () => true }, 1_000, 'lines', 0, () => now);
    now = 2_000;
    expect(bar.describe(250, now, true)).toBe('[######..................] 250/1000 lines (25%), 125/s, ETA 0:06');
    expect(bar.describe(250, now, false)).toBe('250/1000 lines (25%), 125/s, ETA 0:06');
  });

  it('counts work done by an earlier run in the bar but not in the rate', () => {
    let now = 0;
    const bar = new ProgressBar({ write: () => true }, 10_000, 'lines', 4_000, () => now);
    now = 1_000;
    expect(bar.describe(5_000, now, false)).toBe('5000/10000 lines (50%), 1000/s, ETA 0:05');
  });

  it('redraws one line on a terminal at most every 100 ms, and ends it with a newline', () => {
    let now = 0;
    const { written, output: tty } = output(true);
    const bar = new ProgressBar(tty, 100, 'lines', 0, () => now);
    bar.update(10);
    now = 50;
    bar.update(20);
    now = 150;
    bar.update(30);
    bar.finish(100);
    expect(written.filter((text) => text.startsWith('\r'))).toHaveLength(3);
    expect(written.at(-1)).toBe('\n');
  });

  it('writes plain lines elsewhere: one per tenth of the way (or every 5 s), and the last', () => {
    let now = 0;
    const { written, output: plain } = output(false);
    const bar = new ProgressBar(plain, 100, 'lines', 0, () => now);
    for (let done = 1; done <= 100; done += 1) {
      now += 10;
      bar.update(done);
    }
    bar.finish(100);
    expect(written).toHaveLength(12);
    expect(written.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
    expect(written.at(-1)).toMatch(/^100\/100 lines \(100%\)/);
  });
});
