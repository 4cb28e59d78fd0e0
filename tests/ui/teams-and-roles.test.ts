import { describe, expect, it } from 'vitest';
import { defaultTeamLabel, labelFromFileName } from '../../src/ui/teams/team-code';
import { outcomeCells } from '../../src/ui/teams/teams-table';
import { citedKeys, sortKeys } from '../../src/ui/roles/source-keys';
import { outcomeLine } from '../../src/ui/projector/projector-model';
import { isProjectorUrl } from '../../src/ui/projector';
import { describeTeamsChart, teamsChartSpec } from '../../src/ui/teams/teams-charts';
import type { TeamComparisonView } from '../../src/ui/teams/teams-model';

describe('team labels', () => {
  it('names teams A to Z, then by number', () => {
    expect(defaultTeamLabel(0)).toBe('Team A');
    expect(defaultTeamLabel(25)).toBe('Team Z');
    expect(defaultTeamLabel(26)).toBe('Team 27');
  });

  it('labels a team by its file name', () => {
    expect(labelFromFileName('codes/team-b.txt')).toBe('team-b');
    expect(labelFromFileName('Hawks')).toBe('Hawks');
    expect(labelFromFileName('.txt')).toBe('.txt');
  });
});

describe('the outcomes table', () => {
  const base = {
    postureReached: { level: 2, name: 'Conditional freeze', quarter: '2026-Q1' },
    ending: null,
    settlement: null,
    score: null,
    finalCohesion: 41.6,
    aidSpentBnEur: 62.4,
    occupiedKm2Gained: 3100.4,
    russianCasualties: 512345,
    quartersPlayed: 6,
  } as const;

  it('writes a running game', () => {
    expect(outcomeCells(base)).toEqual([
      '2 Conditional freeze, Q1 2026',
      'Still playing (6 quarters)',
      '—',
      '42 / 100',
      '€62.4 bn',
      '3,100 km²',
      '512,345',
    ]);
  });

  it('writes a settlement and a posture that never moved', () => {
    const cells = outcomeCells({
      ...base,
      postureReached: { level: 0, name: 'Maximalist', quarter: null },
      ending: 'settlement',
      settlement: { quarter: '2026-Q2', score: 61 },
      score: 61,
    });
    expect(cells.slice(0, 3)).toEqual(['0 Maximalist (never moved)', 'Settlement, Q2 2026', '61 / 100']);
  });
});

describe('source keys', () => {
  it('finds report footnotes and external keys once each, in order', () => {
    expect(citedKeys(['about half (E19) and [68][70]', 'again [68] and E7'])).toEqual([
      'E19',
      '[68]',
      '[70]',
      'E7',
    ]);
  });

  it('sorts footnotes by number before external sources', () => {
    expect(sortKeys(['E18', '[70]', 'E2', '[9]', '[9]'])).toEqual(['[9]', '[70]', 'E2', 'E18']);
  });
});

describe('the projector', () => {
  it('states the ending with its score', () => {
    expect(outcomeLine({ kind: 'settlement', quarterIndex: 5, score: 58, terms: {} }, '2026-Q2')).toBe(
      'Settlement signed in Q2 2026. Score 58 / 100.',
    );
    expect(outcomeLine(null, '2025-Q1')).toBeNull();
  });

  it('recognises its address', () => {
    expect(isProjectorUrl('?view=projector')).toBe(true);
    expect(isProjectorUrl('?game=L1&view=projector')).toBe(true);
    expect(isProjectorUrl('?view=game')).toBe(false);
  });
});

describe('the team comparison charts', () => {
  const comparison = (statusQuo: TeamComparisonView['statusQuo']): TeamComparisonView => ({
    scenarioId: 'baseline-2025',
    charts: ['nwfLiquidTrnRub'],
    quarters: ['2025-Q1', '2025-Q2'],
    teams: [
      {
        index: 0,
        label: 'Hawks',
        ok: true,
        error: null,
        scenarioId: 'baseline-2025',
        sameScenario: true,
        series: { nwfLiquidTrnRub: [2.5, 1.2] },
        outcome: null,
      },
    ],
    thresholds: { nwfLiquidTrnRub: [1] },
    statusQuo,
  });

  it('draw the thresholds and, under the teams, the status quo of the war they shared', () => {
    const spec = teamsChartSpec(
      comparison({ seed: 11, series: { nwfLiquidTrnRub: [2.6, 1.9] } }),
      'nwfLiquidTrnRub',
    );
    expect(spec.thresholds).toEqual([{ value: 1, label: 'Threshold 1.00 trn ₽' }]);
    expect(spec.lines.map((l) => l.label)).toEqual(['Status quo (seed 11)', 'Hawks']);
    expect(spec.lines[0]?.points).toEqual([
      { q: 0, v: 2.6 },
      { q: 1, v: 1.9 },
    ]);
    expect(
      describeTeamsChart(
        comparison({ seed: 11, series: { nwfLiquidTrnRub: [2.6, 1.9] } }),
        'nwfLiquidTrnRub',
      ),
    ).toBe(
      'Liquid National Wealth Fund. Hawks: 1.20 trn ₽ in Q2 2025; Status quo (seed 11): 1.90 trn ₽ in Q2 2025. Threshold 1.00 trn ₽.',
    );
  });

  it('draw no status quo when the teams shared no war', () => {
    expect(teamsChartSpec(comparison(null), 'nwfLiquidTrnRub').lines.map((l) => l.label)).toEqual(['Hawks']);
  });
});
