import { describe, expect, it } from 'vitest';
import { autopilotProgressLine, parseAutopilotProgress } from '../../../autopilot/autopilot-progress.js';
import { AutopilotStageFollower, parseStartupLine, startupLine } from '../../../autopilot/autopilot-stage-follower.js';

describe("a console following its autopilot's start", () => {
  it('reads back every progress line the autopilot writes, and nothing else', () => {
    for (const kind of ['partial', 'ready', 'first_decision'] as const) {
      expect(parseAutopilotProgress(autopilotProgressLine({ kind, ms: 1234 }))).toEqual({ kind, ms: 1234 });
    }
    expect(parseAutopilotProgress('Autopilot autopilot-x working on http://127.0.0.1:1')).toBeNull();
    expect(parseAutopilotProgress('[intent model] Training the intent model (first run only): features')).toBeNull();
  });

  it('goes from starting to partial to ready, telling its listeners, and logs the start-up figures from the console start', () => {
    const logged: string[] = [];
    let now = 0;
    const follower = new AutopilotStageFollower(
      true,
      (line) => logged.push(line),
      () => now,
    );
    let changes = 0;
    follower.onChange(() => changes++);
    expect(follower.stage).toBe('starting');

    now = 2_400;
    follower.read(autopilotProgressLine({ kind: 'partial', ms: 900 }));
    expect(follower.stage).toBe('partial');
    now = 3_240;
    follower.read(autopilotProgressLine({ kind: 'first_decision', ms: 1_600 }));
    follower.read('[intent model] Training the intent model (first run only): train, epoch 1/4');
    expect(follower.stage).toBe('partial');
    now = 31_000;
    follower.read(autopilotProgressLine({ kind: 'ready', ms: 29_500 }));
    expect(follower.stage).toBe('ready');
    expect(changes).toBe(2);
    expect(logged).toEqual([
      'Start-up: first AI decision 3.2 s after the console started.',
      'Start-up: intent classifier ready 31.0 s after the console started; the AI decides every ticket now (until then, only what needs no classifier).',
    ]);
    expect(logged.map(parseStartupLine)).toEqual([
      { kind: 'first_decision', seconds: 3.2 },
      { kind: 'classifier_ready', seconds: 31 },
    ]);
    expect(parseStartupLine(startupLine({ kind: 'engine_ready', seconds: 1.24 }))).toEqual({
      kind: 'engine_ready',
      seconds: 1.2,
    });
    expect(parseStartupLine('Seeded 282 demo tickets for the demo tenant payments.')).toBeNull();
  });

  it('stops telling a listener once it unsubscribed (the console does before its cache closes)', () => {
    const follower = new AutopilotStageFollower(true, () => undefined);
    let changes = 0;
    const unsubscribe = follower.onChange(() => changes++);
    follower.read(autopilotProgressLine({ kind: 'partial', ms: 900 }));
    unsubscribe();
    follower.read(autopilotProgressLine({ kind: 'ready', ms: 1_900 }));
    expect(follower.stage).toBe('ready');
    expect(changes).toBe(1);
  });

  it('has no stage without an autopilot, and says failed when its autopilot could not start', () => {
    const none = new AutopilotStageFollower(false, () => undefined);
    none.failed();
    expect(none.stage).toBeNull();
    const broken = new AutopilotStageFollower(true, () => undefined);
    broken.failed();
    expect(broken.stage).toBe('failed');
  });
});
