/** Room settings for the room tests (the baseline scenario, seed 7, two teams) and a room held in memory. */
import type { StoreApi } from 'zustand/vanilla';
import { getBundledScenario } from '../../src/scenario';
import { applyAssumptions } from '../../src/scenario/runtime';
import type {
  FacilitatorAction,
  GameStore,
  KremlinAnswer,
  RoomLink,
  RoomMembership,
  RoomSettings,
  RoomSnapshot,
  TeamLogEntry,
  TeamStatus,
} from '../../src/state';
import { composeTeamGame, teamStatusOf } from '../../src/state';
import { makeStore, memoryStorage } from './helpers';

const scenario = getBundledScenario('baseline-2025');

/** Room settings for the baseline with two teams; `change` overrides any field. */
export function roomSettings(change: Partial<RoomSettings> = {}): RoomSettings {
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    assumptions: {},
    seed: 7,
    teams: [
      { id: 't1', name: 'Blue' },
      { id: 't2', name: 'Green' },
    ],
    pace: 'free',
    openQuarters: 1,
    deadlineMs: null,
    paused: false,
    reveal: false,
    projector: { view: 'all', teamId: null },
    kremlin: false,
    ...change,
  };
}

/** A room held in memory: what a sync engine would hold, handed to every joined store on each change. */
export function memoryRoom(settings: RoomSettings) {
  const data = {
    settings,
    actions: [] as FacilitatorAction[],
    logs: { t1: [], t2: [] } as Record<string, TeamLogEntry[]>,
    answers: { t1: [], t2: [] } as Record<string, KremlinAnswer[]>,
  };
  const members: { store: StoreApi<GameStore>; member: RoomMembership }[] = [];
  /** What a member reads of per-team data: a team its own, everyone else every team's. */
  const mine = <T>(member: RoomMembership, byTeam: Record<string, T[]>): Record<string, T[]> =>
    member.role === 'team' && member.teamId ? { [member.teamId]: byTeam[member.teamId] ?? [] } : byTeam;
  // Every team's status as the room server publishes it: its log replayed under the settings.
  const statuses = (): Record<string, TeamStatus> => {
    const params = applyAssumptions(scenario, data.settings.assumptions).params;
    return Object.fromEntries(
      data.settings.teams.map((t) => [
        t.id,
        teamStatusOf(
          data.settings,
          composeTeamGame(
            data.settings,
            params,
            t.id,
            data.logs[t.id] ?? [],
            data.actions,
            data.answers[t.id] ?? [],
          ),
        ),
      ]),
    );
  };
  const snapshotFor = (member: RoomMembership): RoomSnapshot => ({
    settings: data.settings,
    actions: data.actions,
    statuses: statuses(),
    logs: mine(member, data.logs),
    answers: mine(member, data.answers),
    online: {},
  });
  const publish = (): void =>
    members.forEach(({ store, member }) => store.getState().roomData(snapshotFor(member)));
  const join = (member: RoomMembership, store = makeStore(memoryStorage())): StoreApi<GameStore> => {
    const link: RoomLink = {
      appendEntry: (entry) => {
        if (member.teamId) data.logs[member.teamId] = [...(data.logs[member.teamId] ?? []), entry];
        publish();
      },
      pushActions: (actions) => {
        data.actions = [...data.actions, ...actions];
        publish();
      },
      writeSettings: (next) => {
        data.settings = next;
        publish();
      },
      pushAnswer: (teamId, answer) => {
        data.answers[teamId] = [...(data.answers[teamId] ?? []), answer];
        publish();
      },
    };
    store.getState().joinRoom(member, link);
    members.push({ store, member });
    store.getState().roomData(snapshotFor(member));
    return store;
  };
  return { data, join };
}
