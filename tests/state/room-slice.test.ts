/**
 * The room in the store: a team's End quarter goes to the room, and the game on screen is the one
 * the room's data replays to, so a device that joins late or reloads shows exactly the game of the
 * device that played. The facilitator's actions land where the facilitator saw each team.
 */
import { describe, expect, it } from 'vitest';
import { roomQuarterOpen, type RoomMembership } from '../../src/state';
import { makeStore, memoryStorage } from './helpers';
import { memoryRoom, roomSettings } from './room-helpers';

const blue: RoomMembership = { code: 'K7Q2M9', role: 'team', teamId: 't1', teamName: 'Blue' };
const facilitator: RoomMembership = { code: 'K7Q2M9', role: 'facilitator', teamId: null, teamName: null };

describe('a team in a room', () => {
  it('starts on the room’s scenario and seed, and its End quarter becomes an entry of its log', () => {
    const room = memoryRoom(roomSettings());
    const team = room.join(blue);
    expect(team.getState().game?.seed).toBe(7);
    expect(team.getState().screen).toBe('campaign');
    team.getState().setAid(15);
    team.getState().endQuarter();
    expect(room.data.logs['t1']).toEqual([
      { kind: 'turn', quarter: 0, aidBnEurPerQuarter: 15, sanctionsLevel: 1 },
    ]);
    expect(team.getState().turns).toHaveLength(1);
    expect(team.getState().screen).toBe('report');
    expect(team.getState().lastReport?.quarterIndex).toBe(0);
  });

  it('cannot end a quarter the facilitator has not opened, nor while paused', () => {
    const room = memoryRoom(roomSettings({ pace: 'locked', openQuarters: 1 }));
    const team = room.join(blue);
    team.getState().endQuarter();
    team.getState().dismissReport();
    team.getState().endQuarter();
    expect(room.data.logs['t1']).toHaveLength(1);
    const host = room.join(facilitator);
    host.getState().updateRoom({ openQuarters: 2, paused: true });
    team.getState().endQuarter();
    expect(room.data.logs['t1']).toHaveLength(1);
    host.getState().updateRoom({ paused: false });
    team.getState().endQuarter();
    expect(room.data.logs['t1']).toHaveLength(2);
  });

  it('rebuilds on a device that joins late exactly the game of the device that played', () => {
    const room = memoryRoom(roomSettings());
    const team = room.join(blue);
    const host = room.join(facilitator);
    for (const aid of [5, 18, 25]) {
      team.getState().setAid(aid);
      team.getState().endQuarter();
      team.getState().dismissReport();
      if (aid === 18) host.getState().roomAct([{ kind: 'inject', team: 't1', injectId: 'coalition-summit' }]);
    }
    const late = room.join(blue);
    expect(late.getState().game).toEqual(team.getState().game);
    expect(late.getState().turns).toEqual(team.getState().turns);
    expect(late.getState().history).toEqual(team.getState().history);
    expect(team.getState().turns[2]?.injects).toEqual(['coalition-summit']);
  });

  it('never writes the room’s game over the player’s own save', () => {
    const storage = memoryStorage();
    const room = memoryRoom(roomSettings());
    const team = room.join(blue, makeStore(storage));
    team.getState().endQuarter();
    expect(storage.getItem('leverage.save.v1')).toBeNull();
  });
});

describe('the facilitator in a room', () => {
  it('sees every team in the comparison, live, and acts where it sees each team', () => {
    const room = memoryRoom(roomSettings());
    const team = room.join(blue);
    const host = room.join(facilitator);
    team.getState().endQuarter();
    expect(host.getState().teams.map((t) => t.label)).toEqual(['Blue', 'Green']);
    const first = host.getState().teams[0]?.result;
    expect(first?.ok && first.turns).toHaveLength(1);
    host.getState().roomAct([
      { kind: 'inject', team: 't1', injectId: 'coalition-summit' },
      { kind: 'inject', team: 't2', injectId: 'coalition-summit' },
    ]);
    expect(room.data.actions.map((a) => [a.team, a.at])).toEqual([
      ['t1', 1],
      ['t2', 0],
    ]);
    expect(team.getState().pendingInjects).toEqual(['coalition-summit']);
  });

  it('may not change what the room was created with', () => {
    const room = memoryRoom(roomSettings());
    const host = room.join(facilitator);
    host.getState().updateRoom({ openQuarters: -1 });
    expect(room.data.settings.openQuarters).toBe(1);
    const team = room.join(blue);
    team.getState().updateRoom({ reveal: true });
    expect(room.data.settings.reveal).toBe(false);
  });
});

describe('a Kremlin played by a person in the room', () => {
  const kremlinPlayer: RoomMembership = { code: 'K7Q2M9', role: 'kremlin', teamId: null, teamName: null };

  it("holds a team's quarter until the Kremlin player answers it, then plays it with the answer", () => {
    const room = memoryRoom(roomSettings({ kremlin: true }));
    const team = room.join(blue);
    const kremlin = room.join(kremlinPlayer);
    team.getState().endQuarter();
    expect(team.getState().turns).toHaveLength(0);
    expect(team.getState().room?.awaiting['t1']).toEqual({ entry: 0, quarter: 0 });
    expect(roomQuarterOpen(team.getState())).toBe(false);
    // A second End quarter while waiting sends nothing.
    team.getState().endQuarter();
    expect(room.data.logs['t1']).toHaveLength(1);

    const options = kremlin.getState().room?.kremlinOptions['t1'] ?? [];
    expect(options.find((o) => o.id === 'raiseTaxes')?.available).toBe(true);
    expect(kremlin.getState().room?.waitingLevers['t1']).toEqual(team.getState().pendingPolicy);
    kremlin.getState().roomKremlinAnswer(['t1', 't2'], ['raiseTaxes']);
    // Only the team that waits gets an answer.
    expect(room.data.answers['t1']).toEqual([{ entry: 0, choices: ['raiseTaxes'] }]);
    expect(room.data.answers['t2']).toEqual([]);
    expect(team.getState().turns).toHaveLength(1);
    expect(team.getState().turns[0]?.kremlinChoices).toEqual(['raiseTaxes']);
    expect(team.getState().screen).toBe('report');
    expect(kremlin.getState().room?.awaiting).toEqual({});
  });

  it('lets no one but the Kremlin player answer', () => {
    const room = memoryRoom(roomSettings({ kremlin: true }));
    const team = room.join(blue);
    const boss = room.join(facilitator);
    team.getState().endQuarter();
    boss.getState().roomKremlinAnswer(['t1'], []);
    team.getState().roomKremlinAnswer(['t1'], []);
    expect(room.data.answers['t1']).toEqual([]);
  });
});
