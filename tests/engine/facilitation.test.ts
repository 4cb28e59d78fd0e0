/** The white cell's tools as plain functions: injects, overrides, a person playing the Kremlin, and replay of it all. */
import { describe, expect, it } from 'vitest';
import {
  applyOverride,
  createInitialState,
  OVERRIDE_TARGETS,
  overrideTargetValue,
  replayTurns,
  playTurn,
  stepQuarter,
  type InjectParams,
  type OverrideTarget,
  type ScenarioParams,
  type Turn,
} from '../../src/engine';
import { params } from './helpers';

const base = params();
const statusQuo = { aidBnEurPerQuarter: 10.4, sanctionsLevel: 1 };

/** The baseline with a few injects of each kind. */
function withInjects(...injects: InjectParams[]): ScenarioParams {
  return { ...base, injects };
}
const inject = (
  id: string,
  effects: InjectParams['effects'],
  scheduledQuarter: number | null = null,
): InjectParams => ({
  id,
  title: id,
  description: id,
  scheduledQuarter,
  effects,
  sources: ['[38]'],
});

describe('an inject', () => {
  const p = withInjects(
    inject('oil-falls', [{ type: 'modifier', kind: 'oilPriceUsd', amount: -10, quarters: 2 }]),
    inject('aid-freeze', [{ type: 'modifier', kind: 'aidCapBnEur', amount: 3, quarters: 1 }]),
    inject('nk-troops', [{ type: 'russianForce', amount: 10_000 }]),
    inject('scheduled-shock', [{ type: 'cohesion', amount: -20 }], 1),
  );

  it('moves the model for as many quarters as it lasts, then expires', () => {
    const fired = replayTurns(p, 1, [
      { policy: statusQuo, injects: ['oil-falls'] },
      { policy: statusQuo },
      { policy: statusQuo },
    ]);
    const plain = replayTurns(p, 1, [{ policy: statusQuo }, { policy: statusQuo }, { policy: statusQuo }]);
    const brent = (r: typeof fired) => r.reports.map((x) => Math.round(x.indicators.brentUsdPerBbl));
    const [a, b] = [brent(fired), brent(plain)];
    expect([a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!]).toEqual([-10, -10, 0]);
    expect(fired.state.modifiers).toEqual([]);
  });

  it('caps the aid the West can send while an aid freeze lasts', () => {
    const { reports } = replayTurns(p, 1, [
      { policy: statusQuo, injects: ['aid-freeze'] },
      { policy: statusQuo },
    ]);
    expect(reports.map((r) => r.policy.aidBnEurPerQuarter)).toEqual([3, 10.4]);
  });

  it('adds troops at once and is reported with its sources', () => {
    const { state, report } = playTurn(
      createInitialState(p, 1),
      { policy: statusQuo, injects: ['nk-troops'] },
      p,
    );
    const plain = stepQuarter(createInitialState(p, 1), statusQuo, p);
    expect(Math.round(state.manpower.forceStrength - plain.state.manpower.forceStrength)).toBe(10_000);
    expect(report.events[0]).toMatchObject({ code: 'inject.fired', sources: ['[38]'] });
  });

  it('fires by itself on its scheduled quarter', () => {
    const { reports } = replayTurns(p, 1, [{ policy: statusQuo }, { policy: statusQuo }]);
    expect(reports[0]!.events.some((e) => e.code === 'inject.fired')).toBe(false);
    expect(reports[1]!.events.find((e) => e.code === 'inject.fired')?.causes).toEqual(['scenario.schedule']);
  });

  it('that does not exist changes nothing', () => {
    const a = replayTurns(p, 1, [{ policy: statusQuo, injects: ['no-such-inject'] }]).state;
    expect(a).toEqual(replayTurns(p, 1, [{ policy: statusQuo }]).state);
  });
});

describe('an override (the white cell’s adjudication)', () => {
  const s = replayTurns(base, 1, [{ policy: statusQuo }]).state;
  it('sets the field and the last indicators, clamped to the field’s range', () => {
    const o = applyOverride(s, {
      target: 'westernCohesion',
      value: 140,
      reason: 'A summit rallies the coalition',
    });
    expect(o.west.cohesion).toBe(100);
    expect(o.last?.westernCohesion).toBe(100);
  });
  it('reads back what it set, for every field, inside the field’s range', () => {
    for (const target of Object.keys(OVERRIDE_TARGETS) as OverrideTarget[]) {
      const [min, max] = OVERRIDE_TARGETS[target];
      const wanted = min + (max - min) * 0.4;
      const value = target === 'postureLevel' ? Math.round(wanted) : wanted;
      const o = applyOverride(s, { target, value: wanted, reason: 'test' });
      expect({ target, value: overrideTargetValue(o, target) }).toEqual({ target, value });
      expect({
        target,
        low: overrideTargetValue(applyOverride(s, { target, value: -1e9, reason: 'x' }), target),
      }).toEqual({ target, low: min });
    }
  });
  it('of the posture restarts the count of quarters since the last shift', () => {
    const o = applyOverride(s, { target: 'postureLevel', value: 2.4, reason: 'Putin signals' });
    expect(o.posture).toMatchObject({ level: 2, quartersSinceShift: 0 });
    expect(o.last?.posture).toBe(2);
  });
  it('is reported in the next quarter with its reason', () => {
    const turn: Turn = {
      policy: statusQuo,
      overrides: [{ target: 'occupiedKm2', value: 100_000, reason: 'Counter-offensive succeeds' }],
    };
    const { report } = playTurn(s, turn, base);
    expect(report.events[0]).toMatchObject({
      code: 'override.applied',
      values: { reason: 'Counter-offensive succeeds' },
    });
  });
});

describe('a person playing the Kremlin', () => {
  const s = createInitialState(base, 1);
  it('takes the options chosen, with the same effects as the rules, and the rules decide nothing', () => {
    const { report, state } = stepQuarter(s, statusQuo, base, { kremlinChoices: ['mobilise', 'askIran'] });
    const kremlin = report.events.filter((e) => e.category === 'kremlin');
    expect(kremlin.map((e) => e.code)).toEqual(['kremlin.mobilise', 'kremlin.askIran']);
    expect(kremlin.every((e) => e.causes.includes('kremlin.player'))).toBe(true);
    expect(state.kremlin.mobilisations).toBe(1);
  });
  it('cannot take an option twice that can only be taken once', () => {
    const once = stepQuarter(s, statusQuo, base, { kremlinChoices: ['mobilise'] }).state;
    const twice = stepQuarter(once, statusQuo, base, { kremlinChoices: ['mobilise'] });
    expect(twice.report.events.some((e) => e.code === 'kremlin.mobilise')).toBe(false);
  });
  it('choosing nothing means no Kremlin decisions that quarter', () => {
    const { report } = stepQuarter(s, statusQuo, base, { kremlinChoices: [] });
    expect(report.events.filter((e) => e.category === 'kremlin')).toEqual([]);
  });
});

describe('a game record', () => {
  it('replays injects, overrides and Kremlin choices to the same state as playing it turn by turn', () => {
    const p = withInjects(inject('nk-troops', [{ type: 'russianForce', amount: 10_000 }]));
    const turns: Turn[] = [
      { policy: statusQuo, injects: ['nk-troops'] },
      {
        policy: { aidBnEurPerQuarter: 15, sanctionsLevel: 2 },
        overrides: [{ target: 'tempo', value: 0.8, reason: 'Mud season' }],
      },
      { policy: statusQuo, kremlinChoices: ['raiseBonuses'] },
    ];
    let state = createInitialState(p, 9);
    for (const t of turns) state = playTurn(state, t, p).state;
    expect(replayTurns(p, 9, turns).state).toEqual(state);
  });
});
