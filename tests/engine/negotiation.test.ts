/** Negotiation: the Kremlin's answer depends on its posture; settlements are scored and end the game. */
import { describe, expect, it } from 'vitest';
import {
  concludeSettlement,
  costToRussia,
  createInitialState,
  evaluateProposal,
  type GameState,
  type Proposal,
} from '../../src/engine';
import { params } from './helpers';

const p = params();
const atPosture = (level: number): GameState => {
  const s = createInitialState(p, 1);
  return { ...s, posture: { ...s.posture, level } };
};
const capitulation: Proposal = {
  line: 'fourOblasts',
  guarantees: 'none',
  forceLimits: 'severe',
  sanctionsRelief: 'full',
  recognition: 'deJure',
};
const freeze: Proposal = {
  line: 'currentLine',
  guarantees: 'europeanForce',
  forceLimits: 'none',
  sanctionsRelief: 'phased',
  recognition: 'none',
};
const justPeace: Proposal = {
  line: 'preInvasionLines',
  guarantees: 'nato',
  forceLimits: 'none',
  sanctionsRelief: 'none',
  recognition: 'none',
};

describe('the Kremlin’s answer', () => {
  it('accepts a capitulation even when maximalist', () => {
    expect(evaluateProposal(atPosture(0), capitulation, p).response).toBe('accept');
  });

  it('rejects a freeze with guarantees while maximalist, and names what it objects to', () => {
    const answer = evaluateProposal(atPosture(0), freeze, p);
    expect(answer.response).toBe('reject');
    expect(answer.reasons.map((r) => r.code)).toContain('negotiation.objects');
  });

  it('accepts the same freeze when ready to concede', () => {
    expect(evaluateProposal(atPosture(3), freeze, p).response).toBe('accept');
  });

  it('counters a proposal just beyond its tolerance with terms that fit it', () => {
    const answer = evaluateProposal(atPosture(2), freeze, p);
    expect(answer.response).toBe('counter');
    expect(costToRussia(answer.counter!, p)).toBeLessThanOrEqual(answer.tolerance);
  });

  it('rejects withdrawal to the 2022 lines with NATO membership at every posture', () => {
    for (const level of [0, 1, 2, 3])
      expect(evaluateProposal(atPosture(level), justPeace, p).response).toBe('reject');
  });

  it('fills missing terms with Russia’s preferred option instead of failing', () => {
    expect(evaluateProposal(atPosture(0), {}, p).response).toBe('accept');
  });
});

describe('a settlement', () => {
  it('ends the game with a score that rewards terms acceptable to the US, Ukraine and Europe', () => {
    const good = concludeSettlement(atPosture(3), freeze, p).outcome!;
    const bad = concludeSettlement(atPosture(3), capitulation, p).outcome!;
    expect(good.kind).toBe('settlement');
    expect(good.score).toBeGreaterThan(bad.score + 20);
  });

  it('scores lower the later it comes', () => {
    const early = atPosture(3);
    const late = { ...early, quarterIndex: 10 };
    expect(concludeSettlement(late, freeze, p).outcome!.score).toBeLessThan(
      concludeSettlement(early, freeze, p).outcome!.score,
    );
  });
});
