/** Pure helpers of the workshop widgets: the override form's checks, the projector's chart choice, the coach mark's place. */
import { describe, expect, it } from 'vitest';
import { overrideProblem } from '../../src/ui/facilitator/override-form';
import { toggleChart } from '../../src/ui/facilitator/projector-picker';
import { coachPosition } from '../../src/ui/tutorial/coach-mark';

describe('overrideProblem', () => {
  const cohesion = { min: 0, max: 100, wholeSteps: false };
  const posture = { min: 0, max: 3, wholeSteps: true };
  it('asks for an outcome, a number within bounds and a reason', () => {
    expect(overrideProblem(undefined, '5', 'why')).toMatch(/Choose the outcome/);
    expect(overrideProblem(cohesion, '', 'why')).toMatch(/as a number/);
    expect(overrideProblem(cohesion, 'abc', 'why')).toMatch(/as a number/);
    expect(overrideProblem(cohesion, '101', 'why')).toBe('The value must lie between 0 and 100.');
    expect(overrideProblem(cohesion, '45', '   ')).toMatch(/Write the reason/);
    expect(overrideProblem(cohesion, '45', 'The summit failed.')).toBeNull();
  });

  it('takes only whole numbers for a target that moves in whole steps (the posture level)', () => {
    expect(overrideProblem(posture, '1.4', 'why')).toMatch(/whole number/);
    expect(overrideProblem(posture, '2', 'why')).toBeNull();
    expect(overrideProblem(cohesion, '1.4', 'why')).toBeNull();
  });
});

describe('toggleChart', () => {
  it('keeps the projector at two or three charts', () => {
    expect(toggleChart(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggleChart(['a', 'b', 'c'], 'd', true)).toBeNull();
    expect(toggleChart(['a', 'b', 'c'], 'b', false)).toEqual(['a', 'c']);
    expect(toggleChart(['a', 'b'], 'a', false)).toBeNull();
  });
});

describe('coachPosition', () => {
  const view = { width: 1280, height: 720 };
  const box = { width: 360, height: 300 };
  it('sits right of its lever when there is room, else left of it', () => {
    expect(coachPosition({ left: 20, right: 280, top: 220 }, box, view)).toEqual({
      left: 294,
      top: 220,
      side: 'right',
    });
    const left = coachPosition({ left: 940, right: 1260, top: 70 }, box, view);
    expect(left.side).toBe('left');
    expect(left.left).toBe(940 - 14 - 360);
  });
  it('stays inside the window', () => {
    expect(coachPosition({ left: 20, right: 280, top: 600 }, box, view).top).toBe(720 - 300 - 8);
    expect(coachPosition({ left: 20, right: 280, top: 0 }, box, view).top).toBe(56);
  });
});
