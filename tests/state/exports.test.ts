/**
 * Exports read back: the CSV has its header and the same number of columns on every row (RFC 4180
 * quoting included), one row per quarter; the JSON passes its schema, and its assumptions, seed and
 * turns replay to the very game that was exported.
 */
import { describe, expect, it } from 'vitest';
import { replayTurns, type Turn } from '../../src/engine';
import { applyAssumptions, getBundledScenario } from '../../src/scenario';
import { CSV_COLUMNS, csvField, INDICATOR_COLUMNS } from '../../src/state/selectors/exports';
import { selectCsvExport, selectGameJson } from '../../src/state/selectors/selectors';
import { describeMessage } from '../../src/text';
import { gameJsonSchema } from './game-json-schema';
import { makeStore, playQuarters } from './helpers';
import { facilitatedStore, playMixedGame } from './workshop-helpers';

/** Splits RFC 4180 text (CRLF line ends, quoted fields) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (quoted && c === '"' && next === '"') {
      field += '"';
      i += 2;
      continue;
    }
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && next === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += c;
    i++;
  }
  return rows;
}

/** A finished facilitated game: the mixed game played on to quarter 6. */
function exportedGame() {
  const store = facilitatedStore();
  playMixedGame(store);
  playQuarters(store, 2);
  return store;
}

describe('the CSV export', () => {
  it('has the header and one row per quarter, every row as wide as the header', () => {
    const s = exportedGame().getState();
    const rows = parseCsv(selectCsvExport(s) ?? '');
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(CSV_COLUMNS).toHaveLength(3 + INDICATOR_COLUMNS.length + 3);
    expect(rows).toHaveLength(1 + s.history.length);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const q1 = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]?.[i]]));
    expect(q1['quarter']).toBe('2025-Q1');
    expect(Number(q1['westernCohesion'])).toBe(s.history[0]?.indicators.westernCohesion);
    expect(q1['injects']).toBe('coalition-summit');
    expect(rows[3]?.at(-1)).toBe('raiseTaxes');
    expect(rows[1]?.at(-3)).toBe(
      s.scenario.params.posture.levels[s.history[0]?.indicators.posture ?? 0]?.name,
    );
  });

  it('quotes fields as RFC 4180 asks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(parseCsv(`${['a, b', 'say "no"', 'x'].map(csvField).join(',')}\r\n`)).toEqual([
      ['a, b', 'say "no"', 'x'],
    ]);
  });

  it('is null before a game', () => {
    expect(selectCsvExport(makeStore().getState())).toBeNull();
    expect(selectGameJson(makeStore().getState())).toBeNull();
  });
});

describe('the JSON export', () => {
  it('passes its schema, and its turns replay to the same final state', () => {
    const store = makeStore();
    store.getState().applyAssumptionPreset('fragile');
    store.getState().setFacilitatorMode(true);
    store.getState().newGame();
    store.getState().fireInject('oil-falls');
    store.getState().overrideOutcome('tempo', 0.8, 'A muddy spring.');
    playQuarters(store, 5);
    const text = JSON.stringify(selectGameJson(store.getState(), describeMessage));
    const json = gameJsonSchema.parse(JSON.parse(text));
    const params = applyAssumptions(getBundledScenario(json.scenario.id), json.assumptions).params;
    const replayed = replayTurns(params, json.seed, json.turns as readonly Turn[]);
    expect(replayed.state).toEqual(store.getState().game);
    expect(json.quarters.map((q) => q.indicators)).toEqual(replayed.reports.map((r) => r.indicators));
    expect(json.facilitatorLog).toHaveLength(2);
    // Worded by the text layer the screen passes in: a reader of the file needs no catalogue.
    expect(json.facilitatorLog.map((e) => e.text)).toEqual([
      'Fired inject “The oil price falls $10”',
      'Overrode Offensive tempo to 0.8: A muddy spring.',
    ]);
    expect(selectGameJson(store.getState())?.facilitatorLog[0]).not.toHaveProperty('text');
  });

  it('of a game with hot-seat quarters and an ending passes its schema', () => {
    const store = exportedGame();
    playQuarters(store, 12);
    const json = gameJsonSchema.parse(JSON.parse(JSON.stringify(selectGameJson(store.getState()))));
    expect(json.outcome?.kind).toBeDefined();
  });
});
