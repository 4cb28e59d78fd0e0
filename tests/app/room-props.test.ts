/**
 * The room's widgets in words: a team's bar says whether its quarter is open, waiting or paused,
 * with the countdown and how many teams have ended it; the facilitator's console lists every team
 * with its state and offers the next quarter in locked pace; the projector shows what the
 * facilitator chose.
 */
import { describe, expect, it } from 'vitest';
import {
  kremlinDeskProps,
  roomBarProps,
  roomConsoleProps,
  roomProjectorProps,
} from '../../src/app/room/room-props';
import type { RoomMembership } from '../../src/state';
import { memoryRoom, roomSettings } from '../state/room-helpers';

const blue: RoomMembership = { code: 'K7Q2M9', role: 'team', teamId: 't1', teamName: 'Blue' };
const green: RoomMembership = { code: 'K7Q2M9', role: 'team', teamId: 't2', teamName: 'Green' };
const facilitator: RoomMembership = { code: 'K7Q2M9', role: 'facilitator', teamId: null, teamName: null };
const projector: RoomMembership = { code: 'K7Q2M9', role: 'projector', teamId: null, teamName: null };
const href = (code: string): string => `http://room/?game=${code}`;

describe("a team's room bar", () => {
  it('says the quarter is open with its countdown, then waits for the facilitator once ended', () => {
    const now = 1_000_000;
    const room = memoryRoom(roomSettings({ pace: 'locked', openQuarters: 1, deadlineMs: now + 185_000 }));
    const team = room.join(blue);
    room.join(green);
    const open = roomBarProps(team.getState(), now);
    expect(open).toMatchObject({
      title: 'Room K7Q2M9 · Blue',
      stateText: 'Q1 2025 is open',
      clockText: '3:05 left',
      endedText: '0 of 2 teams have ended Q1 2025',
      revealed: [],
    });
    team.getState().endQuarter();
    const waiting = roomBarProps(team.getState(), now);
    expect(waiting?.stateText).toBe('Waiting for the facilitator to open Q2 2025');
    expect(waiting?.clockText).toBeNull();
  });

  it('says when the facilitator pauses, and shows the levers of the others only when revealed', () => {
    const room = memoryRoom(roomSettings());
    const team = room.join(blue);
    const other = room.join(green);
    other.getState().endQuarter();
    expect(roomBarProps(team.getState(), 0)?.endedText).toBe('1 of 2 teams have ended Q1 2025');
    expect(roomBarProps(team.getState(), 0)?.revealed).toEqual([]);
    const boss = room.join(facilitator);
    boss.getState().updateRoom({ paused: true, reveal: true });
    const bar = roomBarProps(team.getState(), 0);
    expect(bar?.stateText).toBe('Paused by the facilitator');
    expect(bar?.revealed).toHaveLength(1);
    expect(bar?.revealed[0]).toMatch(/^Green: aid €[\d.]+bn, sanctions level \d$/);
  });

  it('is not shown outside a room or to the facilitator', () => {
    const room = memoryRoom(roomSettings());
    expect(roomBarProps(room.join(facilitator).getState(), 0)).toBeNull();
  });
});

describe("the facilitator's room console", () => {
  it('lists every team with its state and offers the next quarter in locked pace', () => {
    const room = memoryRoom(roomSettings({ pace: 'locked' }));
    const team = room.join(blue);
    room.join(green);
    const boss = room.join(facilitator);
    team.getState().endQuarter();
    const c = roomConsoleProps(boss.getState(), 0, href);
    expect(c?.title).toBe('Room K7Q2M9');
    expect(c?.openNextText).toBe('Open Q2 2025 for every team');
    expect(c?.teams.map((t) => [t.name, t.state, t.done])).toEqual([
      ['Blue', 'Ended Q1 2025, waiting', true],
      ['Green', 'Deciding Q1 2025', false],
    ]);
    expect(c?.teams[0]?.levers).toMatch(/^€[\d.]+bn, level \d$/);
    expect(c?.rewindQuarters).toEqual([{ index: 0, label: 'Q1 2025' }]);
    expect(c?.reviews.map((r) => r.label)).toEqual(["Open Blue's review", "Open Green's review"]);
    expect(c?.reviews[0]?.href).toMatch(/^http:\/\/room\/\?game=/);
    expect(c?.overrides.length).toBeGreaterThan(3);
  });
});

describe("the room's projector", () => {
  it('shows the view the facilitator chose, one team filtered out of the comparison', () => {
    const room = memoryRoom(roomSettings());
    room.join(blue).getState().endQuarter();
    room.join(green);
    const wall = room.join(projector);
    const boss = room.join(facilitator);
    expect(roomProjectorProps(wall.getState(), 0).comparison?.teams).toHaveLength(2);
    boss.getState().updateRoom({ projector: { view: 'team', teamId: 't2' } });
    const one = roomProjectorProps(wall.getState(), 0);
    expect(one.view).toBe('team');
    expect(one.comparison?.teams.map((t) => t.label)).toEqual(['Green']);
    boss.getState().updateRoom({ projector: { view: 'posture', teamId: null } });
    const tracks = roomProjectorProps(wall.getState(), 0);
    expect(tracks.postures.map((p) => p.team)).toEqual(['Blue', 'Green']);
    expect(tracks.postures[0]?.levels.filter((l) => l.current)).toHaveLength(1);
  });
});

describe('a room with a Kremlin player', () => {
  const kremlin: RoomMembership = { code: 'K7Q2M9', role: 'kremlin', teamId: null, teamName: null };

  it("tells the team it waits for the Kremlin, and shows the Kremlin the team's levers and its options", () => {
    const room = memoryRoom(roomSettings({ kremlin: true }));
    const team = room.join(blue);
    room.join(green);
    const desk = room.join(kremlin);
    expect(kremlinDeskProps(desk.getState())?.waiting).toEqual([]);
    team.getState().endQuarter();
    const bar = roomBarProps(team.getState(), 0);
    expect(bar?.stateText).toBe("Waiting for the Kremlin's answer to Q1 2025");
    expect(bar?.endedText).toBe('1 of 2 teams have ended Q1 2025');
    const props = kremlinDeskProps(desk.getState());
    expect(props?.waiting.map((w) => w.line)).toEqual(['Blue ended Q1 2025: aid €10.4bn, sanctions level 1']);
    expect(props?.waiting[0]?.options.find((o) => o.id === 'raiseTaxes')).toMatchObject({
      name: 'Raise taxes',
      open: true,
    });
    expect(props?.deciding).toBe('Still deciding: Green');
  });
});
