import { describe, expect, it } from 'vitest';
import { scoreExplanation, type ScoreRules } from '../../src/ui/debrief/debrief-text';

const RULES: ScoreRules = {
  weightUs: 1,
  weightUkraine: 1,
  weightEurope: 1,
  penaltyPerQuarter: 1.5,
  penaltyPerHundredBnEur: 3,
  horizonPerPostureLevel: 12,
  horizonPerCohesionPoint: 0.1,
};

const FACTS = {
  quarters: 12,
  aidSpentBnEur: 124.8,
  postureLevel: 3,
  postureName: 'Ready to concede',
  cohesion: 70,
};

/** Every "N of 100" a text states. */
const stated = (lines: readonly string[]): number[] =>
  [...lines.join(' ').matchAll(/(\d+) of 100/g)].map((m) => Number(m[1]));

describe('scoreExplanation', () => {
  it('explains the horizon score by posture and cohesion, and states the score given', () => {
    const lines = scoreExplanation('horizon', RULES, { ...FACTS, score: 43 });
    expect(stated(lines)).toEqual([43]);
    expect(lines[0]).toContain('12 points for each level');
    expect(lines[0]).toContain('level 3, “Ready to concede”: 36 points');
    expect(lines[0]).toContain('70 left: 7 points');
  });

  it('explains a settlement by time and aid', () => {
    const lines = scoreExplanation('settlement', RULES, {
      ...FACTS,
      quarters: 4,
      aidSpentBnEur: 41.6,
      score: 55,
    });
    expect(stated(lines)).toEqual([55]);
    expect(lines[1]).toContain('4 quarters of war cost 6 points');
    expect(lines[1]).toContain('€41.6 bn of aid cost 1.2');
  });

  it('gives a collapse 0', () => {
    expect(stated(scoreExplanation('collapse', RULES, { ...FACTS, score: 0 }))).toEqual([0]);
  });

  it('says when the game has not ended', () => {
    expect(scoreExplanation(null, RULES, { ...FACTS, score: 0 })[0]).toBe('The game has not ended yet.');
  });
});
