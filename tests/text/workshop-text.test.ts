/** The workshop's words cover what the engine, the scenarios and the store name. */
import { describe, expect, it } from 'vitest';
import {
  KREMLIN_OPTIONS,
  OVERRIDE_TARGETS,
  playTurn,
  replayTurns,
  type OverrideTarget,
  type Turn,
} from '../../src/engine';
import { params } from '../engine/helpers';
import { ASSUMPTION_PRESETS } from '../../src/scenario';
import { TUTORIAL_LESSONS } from '../../src/state/workshop/tutorial-slice';
import {
  assumptionPresets,
  describeEvent,
  kremlinOptionClosed,
  kremlinOptionSize,
  overrideTargetText,
  tutorialText,
  WORKSHOP_EN,
} from '../../src/text';

const STATUS_QUO = { aidBnEurPerQuarter: 10.4, sanctionsLevel: 1 };

describe('workshop texts', () => {
  it('name every override target with a unit', () => {
    for (const target of Object.keys(OVERRIDE_TARGETS) as OverrideTarget[]) {
      const text = overrideTargetText(target);
      expect(text.label, target).not.toBe(target);
      expect(text.unit, target).not.toBe('');
    }
  });

  it('word an override in the quarter report by the field it set, at the value applied', () => {
    const s = replayTurns(params(), 3, [{ policy: STATUS_QUO }]).state;
    const turn: Turn = {
      policy: STATUS_QUO,
      overrides: [{ target: 'westernCohesion', value: 140, reason: 'A summit rallies the coalition' }],
    };
    const event = playTurn(s, turn, params()).report.events.find((e) => e.code === 'override.applied');
    expect(event && describeEvent(event)).toEqual({
      headline: 'The facilitator rules: Western cohesion set to 100',
      because: 'Because the white cell adjudicated this outcome: A summit rallies the coalition',
    });
  });

  it('give every Kremlin option a size line and a reason it may be closed', () => {
    for (const option of KREMLIN_OPTIONS) {
      expect(WORKSHOP_EN.kremlinSizes[option], option).toBeDefined();
      expect(kremlinOptionClosed(option), option).toMatch(/^[A-Z].*\.$/);
    }
    expect(kremlinOptionSize('mobilise', { size: 300000, emigrants: 540000 })).toBe(
      '300,000 reservists called up; about 540,000 people emigrate.',
    );
    expect(kremlinOptionSize('warFooting', { lagQuarters: 1, capacityPct: 30 })).toBe(
      'Defence output +30% after 1 quarter.',
    );
  });

  it('hold every tutorial lesson the store names', () => {
    for (const lesson of TUTORIAL_LESSONS)
      expect(tutorialText(lesson.textKey), lesson.textKey).not.toBeNull();
  });

  it('name exactly the assumption presets of scenarios/assumptions.json, with the same names', () => {
    expect(assumptionPresets().map((p) => [p.id, p.name])).toEqual(
      ASSUMPTION_PRESETS.map((p) => [p.id, p.name]),
    );
  });
});
