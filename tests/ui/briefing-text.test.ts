import { describe, expect, it } from 'vitest';
import { listBundledScenarios } from '../../src/scenario';
import { BRIEFING_EN, briefingPlaceholders } from '../../src/ui/briefing/briefing-view';

describe('briefing texts', () => {
  it('has the six cards of the issue, in order', () => {
    expect(BRIEFING_EN.cards.map((c) => c.title)).toEqual([
      'Equipment',
      'Ammunition',
      'Manpower',
      'Economy',
      "Putin's theory of victory",
      'What the West can do',
    ]);
  });
  it('uses only figures every bundled scenario provides', () => {
    for (const scenario of listBundledScenarios()) {
      const { initial, policy } = scenario.params;
      const known = new Set([...Object.keys(initial), ...Object.keys(policy)]);
      expect(briefingPlaceholders().filter((p) => !known.has(p))).toEqual([]);
    }
  });
  it('cites only keys of the bibliography', () => {
    const sources = listBundledScenarios()[0]!.sources;
    const keys = BRIEFING_EN.cards.flatMap((c) => [
      ...c.figure.sources,
      ...c.points.flatMap((p) => p.sources),
    ]);
    expect(keys.filter((k) => !(k in sources))).toEqual([]);
  });
});
