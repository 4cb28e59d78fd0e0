/** Plural words in templates and one quarter format in every text ('Q2 2025'). */
import { describe, expect, it } from 'vitest';
import { describeEvent, describeNegotiationReason, interpolate, quarterTextIn } from '../../src/text';

describe('plural words in templates', () => {
  it('picks the singular for exactly 1 and the plural otherwise', () => {
    const t = '{n} {n|point|points}';
    expect(interpolate(t, { n: 1 })).toBe('1 point');
    expect(interpolate(t, { n: 2 })).toBe('2 points');
    expect(interpolate(t, { n: 0 })).toBe('0 points');
    expect(interpolate(t, { n: 1.5 })).toBe('1.5 points');
    expect(interpolate(t, {})).toBe('— points');
  });

  it('writes the Kremlin’s reasons with the right number', () => {
    const one = describeNegotiationReason({
      code: 'negotiation.objects',
      values: { term: 'Ceasefire line', option: 'Freeze', points: 1 },
    });
    expect(one).toBe('He objects to “Freeze” on Ceasefire line (1 point).');
    const counter = describeNegotiationReason({
      code: 'negotiation.counter',
      values: { cost: 1, tolerance: 2 },
    });
    expect(counter).toContain('worth 1 point to him');
    expect(counter).not.toMatch(/\b1 points\b/);
  });
});

describe('quarter labels inside texts', () => {
  it('rewrites every engine label and leaves other text alone', () => {
    expect(quarterTextIn('Rewound to 2025-Q2; then 2026-Q4.')).toBe('Rewound to Q2 2025; then Q4 2026.');
    expect(quarterTextIn('Q1 2025 and 2025 Q5')).toBe('Q1 2025 and 2025 Q5');
  });
});

describe('the Kremlin played by a person', () => {
  it('says in the report that the Kremlin player chose the option', () => {
    const text = describeEvent({
      code: 'kremlin.mobilise',
      category: 'kremlin',
      severity: 'warning',
      values: {},
      causes: ['kremlin.player'],
      sources: [],
    });
    expect(text.headline).toBe('Putin orders a mobilisation of reservists');
    expect(text.because).toMatch(/^Because the Kremlin player chose it this quarter\. Calls up reservists/);
  });
});
