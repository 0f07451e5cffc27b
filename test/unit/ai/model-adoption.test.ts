import { describe, expect, it } from 'vitest';
import { containmentAtWrongShare, type HeldOutFigures } from '../../../engine/held-out-figures.js';
import {
  adoptionVerdict,
  isHeldOutTicket,
  MIN_HELD_OUT,
  MIN_HISTORY_FOR_FIRST_MODEL,
  retrainDue,
  WORKING_ENGINE,
} from '../../../engine/model-adoption.js';

const figures = (accuracy: number, containment: number): HeldOutFigures => ({
  n: 500,
  accuracy,
  containment,
  threshold: 0.9,
});

describe('containment at ≤ 0.8 % wrong', () => {
  it('resolves the most confident predictions while at most 0.8 % of those resolved are wrong', () => {
    // 200 right at 0.99, then one wrong at 0.98 (1/201 = 0.5 %), 49 right at 0.9, then two wrong at 0.5.
    const predictions = [
      ...Array.from({ length: 200 }, () => ({ correct: true, confidence: 0.99 })),
      { correct: false, confidence: 0.98 },
      ...Array.from({ length: 49 }, () => ({ correct: true, confidence: 0.9 })),
      { correct: false, confidence: 0.5 },
      { correct: false, confidence: 0.5 },
    ];
    // At 0.9: 250 resolved, 1 wrong (0.4 %); at 0.5: 252 resolved, 3 wrong (1.2 %): the threshold is 0.9.
    expect(containmentAtWrongShare(predictions)).toEqual({ containment: 250 / 252, threshold: 0.9 });
  });

  it('resolves nothing when the most confident prediction is already wrong, and ties count together', () => {
    expect(
      containmentAtWrongShare([
        { correct: false, confidence: 0.99 },
        { correct: true, confidence: 0.5 },
      ]),
    ).toEqual({ containment: 0, threshold: 1 });
    const tied = [
      ...Array.from({ length: 100 }, () => ({ correct: true, confidence: 0.9 })),
      { correct: false, confidence: 0.9 },
    ];
    // One threshold takes all 101 (1 wrong: 0.99 %), so none may be resolved.
    expect(containmentAtWrongShare(tied).containment).toBe(0);
  });
});

describe('the adoption rule', () => {
  it('adopts a retrained model that is not worse by more than half a point on either figure', () => {
    expect(adoptionVerdict(figures(0.9, 0.6), figures(0.9, 0.6)).adopt).toBe(true);
    expect(adoptionVerdict(figures(0.9, 0.6), figures(0.896, 0.62)).adopt).toBe(true);
    const worse = adoptionVerdict(figures(0.9, 0.6), figures(0.95, 0.58));
    expect(worse).toMatchObject({ adopt: false });
    expect(worse.reason).toContain('worse containment');
    expect(adoptionVerdict(figures(0.9, 0.6), figures(0.88, 0.5)).reason).toContain('worse accuracy and containment');
    const unmeasured = adoptionVerdict(figures(0.9, 0.6), { ...figures(1, 1), n: MIN_HELD_OUT - 1 });
    expect(unmeasured).toMatchObject({ adopt: false });
    expect(unmeasured.reason).toContain('too few');
  });

  it("takes a tenant's first model only when it is a working engine", () => {
    expect(adoptionVerdict(null, figures(WORKING_ENGINE.accuracy, WORKING_ENGINE.containment)).adopt).toBe(true);
    const notYet = adoptionVerdict(null, figures(0.95, WORKING_ENGINE.containment - 0.01));
    expect(notYet.adopt).toBe(false);
    expect(notYet.reason).toContain('not yet a working engine');
  });
});

describe('when a retraining is due', () => {
  it('tries a first model from the measured minimum history, then after at least 200 new tickets and 10 % more', () => {
    expect(retrainDue(MIN_HISTORY_FOR_FIRST_MODEL - 1, null)).toBe(false);
    expect(retrainDue(MIN_HISTORY_FOR_FIRST_MODEL, null)).toBe(true);
    expect(retrainDue(699, 500)).toBe(false);
    expect(retrainDue(700, 500)).toBe(true);
    expect(retrainDue(10_999, 10_000)).toBe(false);
    expect(retrainDue(11_000, 10_000)).toBe(true);
  });

  it('holds out about one labelled ticket in five, always the same ones', () => {
    const ids = Array.from({ length: 2_000 }, (_, i) => `tkt_${i}`);
    const heldOut = ids.filter(isHeldOutTicket);
    expect(heldOut.length / ids.length).toBeGreaterThan(0.15);
    expect(heldOut.length / ids.length).toBeLessThan(0.25);
    expect(ids.filter(isHeldOutTicket)).toEqual(heldOut);
  });
});
