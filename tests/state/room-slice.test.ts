/**
 * The room in the store: a team's End quarter goes to the room, and the game on screen is the one
 * the room's data replays to, so a device that joins late or reloads shows exactly the game of the
 * device that played. The facilitator's actions land where the facilitator saw each team.
 */
import { describe, expect, it } from 'vitest';
import type { RoomMembership } from '../../src/state';
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
