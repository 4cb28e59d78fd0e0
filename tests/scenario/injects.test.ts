/**
 * Injects in scenario files: the baseline's on-demand library with the effects the facilitator
 * guide describes, each scenario's own scheduled and on-demand injects, merging by id in an
 * extending file, and the rules that span the list (unique ids, scheduled inside the game).
 */
import { describe, expect, it } from 'vitest';
import { replayTurns, type InjectParams, type Policy } from '../../src/engine';
import { BUNDLED_SCENARIO_IDS, getBundledScenario, mergeInjects } from '../../src/scenario';
import { baselineDocument, errorLines, extending, parse } from './helpers';

const statusQuo: Policy = { aidBnEurPerQuarter: 10.4, sanctionsLevel: 1 };
const LIBRARY = [
  'nk-troops',
  'oil-falls',
  'aid-freeze',
  'refinery-strikes',
  'nk-shells',
  'coalition-summit',
  'kremlin-propaganda',
];

/** The injects of a bundled scenario by id. */
function injectsOf(id: string): Map<string, InjectParams> {
  return new Map(getBundledScenario(id).params.injects.map((i) => [i.id, i]));
}

/** Aid delivered each quarter of a 12-quarter status-quo run of a bundled scenario. */
function aidPath(id: string): number[] {
  const { reports } = replayTurns(getBundledScenario(id).params, 7, Array(12).fill({ policy: statusQuo }));
  return reports.map((r) => r.policy.aidBnEurPerQuarter);
}

describe("the baseline's inject library", () => {
  const library = injectsOf('baseline-2025');

  it('has the seven on-demand injects, none scheduled', () => {
    expect([...library.keys()]).toEqual(LIBRARY);
    expect([...library.values()].filter((i) => i.scheduledQuarter !== null)).toEqual([]);
  });

  it.each([
    ['nk-troops', [{ type: 'russianForce', amount: 10000 }], ['[38]']],
    ['oil-falls', [{ type: 'modifier', kind: 'oilPriceUsd', amount: -10, quarters: 2 }], ['E25']],
    [
      'aid-freeze',
      [
        { type: 'modifier', kind: 'aidCapBnEur', amount: 5.5, quarters: 2 },
        { type: 'cohesion', amount: -6 },
      ],
      ['E19'],
    ],
    ['refinery-strikes', [{ type: 'modifier', kind: 'revenueTrnRub', amount: -0.15, quarters: 3 }], ['E26']],
    [
      'nk-shells',
      [{ type: 'modifier', kind: 'russianRoundsPerQuarter', amount: 300000, quarters: 2 }],
      ['E14'],
    ],
    ['coalition-summit', [{ type: 'cohesion', amount: 8 }], []],
    ['kremlin-propaganda', [{ type: 'belief', amount: 0.1 }], []],
  ])('%s has the effects %j and cites %j', (id, effects, cites) => {
    const inject = library.get(id);
    expect(inject?.effects).toEqual(effects);
    expect(inject?.sources).toEqual(expect.arrayContaining(cites));
  });

  it('says in every description what the inject does and where its size comes from', () => {
    for (const inject of library.values()) {
      expect(inject.description, inject.id).toMatch(/\[\d+\]|E\d+|modelling choice/);
    }
    expect(library.get('refinery-strikes')?.description).toMatch(/modelling choice/);
  });
});

describe("each scenario's injects", () => {
  it.each(BUNDLED_SCENARIO_IDS)('%s keeps the whole baseline library', (id) => {
    expect([...injectsOf(id).keys()].slice(0, LIBRARY.length)).toEqual(LIBRARY);
  });

  it.each(['us-stops-2025', 'north-korean-surge', 'china-steps-in', 'western-fatigue'])(
    '%s adds injects of its own, on demand and (but for China) scheduled',
    (id) => {
      const own = [...injectsOf(id).values()].slice(LIBRARY.length);
      expect(own.filter((i) => i.scheduledQuarter === null).length).toBeGreaterThan(0);
      if (id !== 'china-steps-in') expect(own.some((i) => i.scheduledQuarter !== null)).toBe(true);
    },
  );

  it('caps aid at €7.5 bn from Q2 2025 to the end when the United States stops', () => {
    expect(aidPath('us-stops-2025')).toEqual([10.4, ...Array(11).fill(7.5)]);
  });

  it('freezes aid at €5.5 bn for two quarters after the US midterm elections of 2026-Q4', () => {
    expect(aidPath('western-fatigue')).toEqual([...Array(7).fill(10.4), 5.5, 5.5, 10.4, 10.4, 10.4]);
  });

  it('brings two North Korean contingents in 2025-Q2 and 2025-Q4', () => {
    const surge = injectsOf('north-korean-surge');
    expect([
      surge.get('nk-troops-2025-q2')?.scheduledQuarter,
      surge.get('nk-troops-2025-q4')?.scheduledQuarter,
    ]).toEqual([1, 3]);
  });

  it('lets the facilitator make China step in', () => {
    expect(injectsOf('china-steps-in').get('china-steps-in')?.effects).toEqual([{ type: 'chinaSupplies' }]);
  });
});

describe('injects in an extending file', () => {
  const a = { id: 'a', n: 1 };
  const b = { id: 'b', n: 2 };

  it('merge by id: a same id replaces the base inject in place, new ones follow', () => {
    expect(mergeInjects([a, b], [{ id: 'a', n: 9 }, { id: 'c' }])).toEqual([
      { id: 'a', n: 9 },
      b,
      { id: 'c' },
    ]);
    expect(mergeInjects([a], [])).toEqual([a]);
  });

  it('reports a duplicate id and a quarter after the end of the game', () => {
    const doc = baselineDocument();
    const injects = doc['injects'] as Record<string, unknown>[];
    injects.push({ ...injects[0], scheduledQuarter: 12 });
    expect(errorLines(parse(doc))).toEqual([
      'baseline-2025.json: injects[7].id: duplicate inject id "nk-troops" (also at index 0)',
      'baseline-2025.json: injects[7].scheduledQuarter: must be before the end of the game (quarter indices 0–11), got 12',
    ]);
  });

  it('reports an unknown effect type under overrides', () => {
    const bad = extending('baseline-2025', {
      injects: [
        {
          id: 'x',
          title: 'X',
          description: 'X.',
          scheduledQuarter: null,
          effects: [{ type: 'tanks' }],
          sources: [],
        },
      ],
    });
    expect(errorLines(parse(bad, 'v.json'))[0]).toMatch(
      /^v\.json: overrides\.injects\[0\]\.effects\[0\]\.type: /,
    );
  });
});
