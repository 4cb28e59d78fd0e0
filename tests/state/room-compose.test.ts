/**
 * A team's game in a room is its log of decisions and the facilitator's actions, merged where the
 * facilitator saw the team and checked by replay: the same data gives the same game on every
 * device, and nothing written into the room can make a game the engine would not play.
 */
import { describe, expect, it } from 'vitest';
import { replayTurns } from '../../src/engine';
import { getBundledScenario } from '../../src/scenario';
import {
  composeTeamGame,
  isFacilitatorAction,
  isRoomSettings,
  isTeamLogEntry,
  quarterOpenFor,
  teamStatusOf,
  type TeamLogEntry,
} from '../../src/state';
import { BEST_FOR_WEST } from '../engine/helpers';
import { roomSettings } from './room-helpers';

const scenario = getBundledScenario('baseline-2025');
const params = scenario.params;

const turn = (quarter: number, aid = 12, sanctions = 2): TeamLogEntry => ({
  kind: 'turn',
  quarter,
  aidBnEurPerQuarter: aid,
  sanctionsLevel: sanctions,
});

describe('the room model', () => {
  it('accepts valid settings and refuses a bad team list, pace or projector team', () => {
    expect(isRoomSettings(roomSettings())).toBe(true);
    expect(isRoomSettings(roomSettings({ teams: [] }))).toBe(false);
    expect(isRoomSettings(roomSettings({ teams: [{ id: 't2', name: 'Blue' }] }))).toBe(false);
    const twins = [
      { id: 't1', name: 'Blue' },
      { id: 't2', name: 'Blue' },
    ];
    expect(isRoomSettings(roomSettings({ teams: twins }))).toBe(false);
    expect(isRoomSettings({ ...roomSettings(), pace: 'fast' })).toBe(false);
    expect(isRoomSettings(roomSettings({ projector: { view: 'team', teamId: 't9' } }))).toBe(false);
  });

  it('reads log entries and actions strictly', () => {
    expect(isTeamLogEntry(turn(0))).toBe(true);
    expect(isTeamLogEntry({ ...turn(0), extra: 1 })).toBe(false);
    expect(isTeamLogEntry({ ...turn(0), quarter: -1 })).toBe(false);
    expect(isTeamLogEntry({ kind: 'settle', quarter: 2, terms: BEST_FOR_WEST })).toBe(true);
    const teams = roomSettings().teams;
    expect(
      isFacilitatorAction({ kind: 'inject', team: 't1', at: 0, injectId: 'coalition-summit' }, teams),
    ).toBe(true);
    expect(isFacilitatorAction({ kind: 'inject', team: 't3', at: 0, injectId: 'x' }, teams)).toBe(false);
    expect(
      isFacilitatorAction(
        { kind: 'override', team: 't1', at: 0, target: 'cohesion', value: 50, reason: ' ' },
        teams,
      ),
    ).toBe(false);
  });

  it('opens a quarter in locked pace only below openQuarters, and never while paused', () => {
    const locked = roomSettings({ pace: 'locked', openQuarters: 2 });
    expect([0, 1, 2].map((q) => quarterOpenFor(locked, q))).toEqual([true, true, false]);
    expect(quarterOpenFor(roomSettings({ paused: true }), 0)).toBe(false);
    expect(quarterOpenFor(roomSettings(), 40)).toBe(true);
  });
});

describe('composeTeamGame', () => {
  it('plays an honest log exactly as the engine replays its turns', () => {
    const log = [turn(0), turn(1, 20, 3), turn(2, 0, 0)];
    const game = composeTeamGame(roomSettings(), params, 't1', log, []);
    const policies = [
      { aidBnEurPerQuarter: 12, sanctionsLevel: 2 },
      { aidBnEurPerQuarter: 20, sanctionsLevel: 3 },
      { aidBnEurPerQuarter: 0, sanctionsLevel: 0 },
    ];
    const expected = replayTurns(
      params,
      7,
      policies.map((policy) => ({ policy })),
    );
    expect(game.state).toEqual(expected.state);
    expect(game.refusedEntries).toEqual([]);
    expect(game.record.turns).toHaveLength(3);
  });

  it('lands an action in the quarter the facilitator saw, whatever arrived first', () => {
    const inject = { kind: 'inject', team: 't1', at: 1, injectId: 'coalition-summit' } as const;
    // The facilitator had seen one entry: the inject belongs to the team's second quarter.
    const game = composeTeamGame(roomSettings(), params, 't1', [turn(0), turn(1), turn(2)], [inject]);
    expect(game.record.turns.map((t) => t.injects ?? [])).toEqual([[], ['coalition-summit'], []]);
    // Before the team has ended its second quarter, the inject waits in the quarter being decided.
    const pending = composeTeamGame(roomSettings(), params, 't1', [turn(0)], [inject]);
    expect(pending.record.pendingInjects).toEqual(['coalition-summit']);
    // Actions on another team do not touch this one.
    const other = composeTeamGame(roomSettings(), params, 't2', [turn(0), turn(1)], [inject]);
    expect(other.record.turns.every((t) => t.injects === undefined)).toBe(true);
  });

  it('records an override as the value the engine applied, and rewinds to a quarter', () => {
    const override = {
      kind: 'override',
      team: 't1',
      at: 0,
      target: 'postureLevel',
      value: 1.4,
      reason: 'Talks',
    } as const;
    const rewind = { kind: 'rewind', team: 't1', at: 2, toQuarter: 1 } as const;
    const game = composeTeamGame(
      roomSettings(),
      params,
      't1',
      [turn(0), turn(1), turn(1, 20, 4)],
      [override, rewind],
    );
    expect(game.record.turns[0]?.overrides?.[0]?.value).toBe(1);
    expect(game.record.turns.map((t) => t.policy.aidBnEurPerQuarter)).toEqual([12, 20]);
    expect(game.refusedEntries).toEqual([]);
  });

  it('leaves out entries out of order, levers out of range and unknown injects, and counts them', () => {
    const log = [turn(0), turn(5), turn(1, 1e9), { kind: 'turn', quarter: 1 }, turn(1)];
    const game = composeTeamGame(roomSettings(), params, 't1', log, [
      { kind: 'inject', team: 't1', at: 0, injectId: 'martians-land' },
    ]);
    expect(game.refusedEntries).toEqual([1, 2, 3]);
    expect(game.refusedActions).toBe(1);
    expect(game.record.turns).toHaveLength(2);
  });

  it('refuses a settlement the Kremlin would not sign, and publishes only what was earned', () => {
    const game = composeTeamGame(
      roomSettings(),
      params,
      't1',
      [{ kind: 'settle', quarter: 0, terms: BEST_FOR_WEST }],
      [],
    );
    expect(game.refusedEntries).toEqual([0]);
    expect(game.state.outcome).toBeNull();
    const status = teamStatusOf(roomSettings(), game);
    expect(status).toMatchObject({ quartersPlayed: 0, outcome: null, score: null, levers: null });
  });

  it('shows a team its levers to others only while the facilitator reveals them', () => {
    const game = composeTeamGame(roomSettings(), params, 't1', [turn(0, 15, 3)], []);
    expect(teamStatusOf(roomSettings(), game).levers).toBeNull();
    expect(teamStatusOf(roomSettings({ reveal: true }), game).levers).toEqual({
      aidBnEurPerQuarter: 15,
      sanctionsLevel: 3,
    });
  });
});

describe('a room with a Kremlin player', () => {
  const kremlinRoom = roomSettings({ kremlin: true });

  it('waits on a quarter the Kremlin has not answered, then plays it with the answer', () => {
    const waiting = composeTeamGame(kremlinRoom, params, 't1', [turn(0)], []);
    expect(waiting.awaitingKremlin).toEqual({ entry: 0, quarter: 0 });
    expect(waiting.record.turns).toEqual([]);
    expect(waiting.refusedEntries).toEqual([]);
    expect(teamStatusOf(kremlinRoom, waiting).awaitingKremlin).toBe(true);

    const answered = composeTeamGame(
      kremlinRoom,
      params,
      't1',
      [turn(0)],
      [],
      [{ entry: 0, choices: ['raiseTaxes'] }],
    );
    expect(answered.awaitingKremlin).toBeNull();
    expect(answered.record.turns).toHaveLength(1);
    expect(answered.record.turns[0]?.kremlinChoices).toEqual(['raiseTaxes']);
    // The same game as the hot seat with the same choices.
    const hotSeat = replayTurns(params, 7, [
      { policy: answered.record.turns[0]!.policy, kremlinChoices: ['raiseTaxes'] },
    ]);
    expect(answered.state).toEqual(hotSeat.state);
  });

  it('refuses an entry that follows a quarter still waiting, and ignores answers in a room without a Kremlin player', () => {
    const early = composeTeamGame(kremlinRoom, params, 't1', [turn(0), turn(1)], []);
    expect(early.refusedEntries).toEqual([1]);
    const rules = composeTeamGame(
      roomSettings(),
      params,
      't1',
      [turn(0)],
      [],
      [{ entry: 0, choices: ['raiseTaxes'] }],
    );
    expect(rules.awaitingKremlin).toBeNull();
    expect(rules.record.turns[0]?.kremlinChoices).toBeUndefined();
  });

  it('asks again for a quarter played again after a rewind', () => {
    const answers = [{ entry: 0, choices: [] }];
    const rewound = composeTeamGame(
      kremlinRoom,
      params,
      't1',
      [turn(0), turn(0)],
      [{ kind: 'rewind', team: 't1', at: 1, toQuarter: 0 }],
      answers,
    );
    expect(rewound.record.turns).toEqual([]);
    expect(rewound.awaitingKremlin).toEqual({ entry: 1, quarter: 0 });
  });
});
