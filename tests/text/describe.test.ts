/** describeEvent and friends on hand-made inputs: variants, derived values, unknown codes. */
import { describe, expect, it } from 'vitest';
import type { ReportEvent } from '../../src/engine';
import {
  describeCause,
  describeEvent,
  describeNegotiationReason,
  negotiationResponseLabel,
} from '../../src/text';

/** A report event with defaults for the fields a test does not care about. */
function event(code: string, values: ReportEvent['values'] = {}, causes: string[] = []): ReportEvent {
  return { code, category: 'battlefield', severity: 'info', values, causes, sources: [] };
}

describe('describeEvent', () => {
  it('writes the front summary with thousands separators and the fire ratio as x:1', () => {
    const text = describeEvent(
      event(
        'front.summary',
        { casualties: 128000, territoryKm2: 1010, casualtiesPerKm2: 127, fireRatio: 1.5 },
        ['policy.aid'],
      ),
    );
    expect(text.headline).toBe('Russia takes 128,000 casualties for 1,010 km²');
    expect(text.because).toBe(
      'Because Western aid keeps Ukrainian guns firing (fire ratio 1.5:1, Russian to Ukrainian rounds), each km² Russia gains costs 127 casualties.',
    );
  });

  it('picks the variant whose cause the event lists', () => {
    const values = { casualties: 150000, territoryKm2: 500, casualtiesPerKm2: 300, fireRatio: 0.8 };
    const text = describeEvent(event('front.summary', values, ['policy.aid', 'indicator.armourUse']));
    expect(text.because).toContain('armour is rationed');
    expect(text.because).toContain('1:1.3');
  });

  it('picks a variant on a value and keeps the default for the field it does not give', () => {
    const values = { recruits: 100000, casualties: 140000, forceChange: -5000, force: 690000 };
    const text = describeEvent(event('manpower.shortfall', values));
    expect(text.headline).toBe("Russia's force shrinks: 100,000 recruits against 140,000 casualties");
    expect(text.because).toContain('changes by −5,000 to 690,000');
  });

  it('names the thresholds and the posture behind a posture shift', () => {
    const text = describeEvent(
      event('posture.up', {
        level: 1,
        name: 'Probing',
        reason: 'pressures',
        thresholds: 'T1, T2, T8',
        belief: 0.45,
      }),
    );
    expect(text.headline).toBe('Putin shifts his negotiating posture to “Probing”');
    expect(text.because).toBe(
      'Because T1 Fiscal exhaustion, T2 Tank storage exhausted and T8 Western resolve are active and his belief that the West will quit has fallen to 0.45, holding out now looks worse to him than talking.',
    );
  });

  it('explains a threshold from its own entry, and an unknown one from its causes', () => {
    expect(
      describeEvent(event('threshold.on', { id: 'T2', name: 'Tank storage exhausted' })).because,
    ).toContain('fewer than 500 restorable tanks');
    const unknown = describeEvent(
      event('threshold.on', { id: 'T9', name: 'Drones' }, ['indicator.fireRatio']),
    );
    expect(unknown.headline).toBe('New pressure on the Kremlin: T9 Drones');
    expect(unknown.because).toBe(
      'Because the balance of artillery fire crossed the line that starts this pressure.',
    );
  });

  it('gives an unknown code a safe generic text and never throws', () => {
    const text = describeEvent(
      event('battlefield.somethingNew', { x: Number.NaN }, ['policy.aid', 'nonsense']),
    );
    expect(text).toEqual({
      headline: 'Battlefield: a new development this quarter',
      because: 'Because of the level of Western military aid and other factors.',
    });
    expect(describeEvent(event('')).because).toBe('Because of several factors.');
  });

  it('writes a missing value as a dash rather than a placeholder or undefined', () => {
    const text = describeEvent(event('outcome.horizon', {}));
    expect(text.because).toContain('at —/100');
  });
});

describe('causes and negotiation', () => {
  it('describes listed, derived and unknown cause codes', () => {
    expect(describeCause('policy.sanctions')).toBe('the level of sanctions');
    expect(describeCause('indicator.tanksActive')).toBe('Fielded tanks');
    expect(describeCause('kremlin.mobilise')).toBe('Order a mobilisation');
    expect(describeCause('threshold.T6')).toBe('T6 Macro stress');
    expect(describeCause('no-dot')).toBe('other factors');
  });

  it('renders reasons and response labels', () => {
    expect(
      describeNegotiationReason({
        code: 'negotiation.objects',
        values: { term: 'Ceasefire line', option: 'Freeze on the current line', points: 2 },
      }),
    ).toBe('He objects to “Freeze on the current line” on Ceasefire line (2 points).');
    expect(describeNegotiationReason({ code: 'negotiation.unheardOf', values: {} })).toBe(
      'The Kremlin gives no further reason.',
    );
    expect(negotiationResponseLabel('counter')).toBe('Counter-offer');
  });
});
