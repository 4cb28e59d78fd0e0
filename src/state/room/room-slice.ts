/**
 * The workshop room in the store. The app's room connection hands the slice what the sync engine
 * holds (roomData) and the slice rebuilds every game from it by replay: a team's own game goes on
 * the table exactly as a share code would put it there, and the facilitator's and the projector's
 * views get every team as an entry of the team comparison. What the device decides goes back out
 * through the room link (a team's End quarter, a facilitator's action), never straight into the
 * game: the game on screen is always the one the room's data replays to, on every device alike.
 */
import { castDraft } from 'immer';
import type { KremlinOption, Policy, Proposal } from '../../engine';
import { kremlinOptionViews, type KremlinOptionView } from '../workshop/kremlin-view';
import { applyAssumptions } from '../../scenario/runtime';
import { gameFields, perGameReset } from '../campaign/game-fields';
import type { SliceCreator, StoreContext } from '../store/store-deps';
import type { GameStore } from '../store/contract';
import { encodeShareCode } from '../share/share-code';
import { teamEntry } from '../workshop/teams-slice';
import { composeTeamGame, roomShareRecord, type ComposedTeamGame } from './room-compose';
import {
  isRoomSettings,
  isTeamLogEntry,
  type FacilitatorAction,
  type KremlinAnswer,
  type FacilitatorRequest,
  type RoomRole,
  type RoomSettings,
  type TeamLogEntry,
} from './room-model';
import { isTeamStatus, quarterOpenFor, teamStatusOf, type TeamStatus } from './room-status';
import { statusQuoPolicy } from '../campaign/campaign-logic';

/** Who this device is in the room. */
export interface RoomMembership {
  readonly code: string;
  readonly role: RoomRole;
  readonly teamId: string | null;
  readonly teamName: string | null;
}

/** What the room connection holds: every value unchecked, as the sync engine delivered it. */
export interface RoomSnapshot {
  readonly settings: unknown;
  readonly actions: readonly unknown[];
  /** Team id → status, as the server published it. */
  readonly statuses: Readonly<Record<string, unknown>>;
  /** Team id → log: the own team's for a team, every team's for the facilitator, projector and Kremlin. */
  readonly logs: Readonly<Record<string, readonly unknown[]>>;
  /** Team id → the Kremlin player's answers to it (in a room with a Kremlin player), as read. */
  readonly answers: Readonly<Record<string, readonly unknown[]>>;
  /** Team id → whether a device of the team is connected now (as the sync engine's presence says). */
  readonly online: Readonly<Record<string, boolean>>;
}

/** How the device's link to the room stands. */
export type RoomConnection = 'connecting' | 'online' | 'offline';

/** The room as this device sees it (null outside a room). */
export interface RoomView extends RoomMembership {
  readonly connection: RoomConnection;
  readonly settings: RoomSettings | null;
  readonly statuses: Readonly<Record<string, TeamStatus>>;
  /** Team id → entries of its log this device has seen (where a facilitator's action lands). */
  readonly logLengths: Readonly<Record<string, number>>;
  /** Team id → the quarter it has ended that waits for the Kremlin player (its log entry and quarter index). */
  readonly awaiting: Readonly<Record<string, { readonly entry: number; readonly quarter: number }>>;
  /** For the Kremlin player: team id → the Kremlin's options in the team's game now. */
  readonly kremlinOptions: Readonly<Record<string, readonly KremlinOptionView[]>>;
  /** For the Kremlin player: team id → the levers with which the waiting team ended its quarter. */
  readonly waitingLevers: Readonly<Record<string, Policy>>;
  /** For the facilitator: team id → whether a device of the team is connected now. */
  readonly online: Readonly<Record<string, boolean>>;
}

/** Where the device's decisions go: the app's connection to the sync engine. */
export interface RoomLink {
  readonly appendEntry: (entry: TeamLogEntry) => void;
  readonly pushActions: (actions: readonly FacilitatorAction[]) => void;
  readonly writeSettings: (settings: RoomSettings) => void;
  readonly pushAnswer: (teamId: string, answer: KremlinAnswer) => void;
}

/** The room's field. */
export interface RoomData {
  readonly room: RoomView | null;
}

/** What the room lets the app and the screens ask. */
export interface RoomActions {
  /** Enters a room as this member; decisions go out through the link. */
  readonly joinRoom: (member: RoomMembership, link: RoomLink) => void;
  /** Takes what the sync engine holds now and rebuilds the games from it. */
  readonly roomData: (data: RoomSnapshot) => void;
  readonly roomConnection: (connection: RoomConnection) => void;
  /** Team: ends the quarter being decided by sending its levers to the room (the game follows the room). */
  readonly roomEndQuarter: () => void;
  /** Team: proposes a settlement the Kremlin accepts; the room records it and the game ends on every device. */
  readonly roomSettle: (terms: Proposal) => void;
  /** Facilitator: changes the room's settings (pace, open quarters, countdown, pause, reveal, projector). */
  readonly updateRoom: (
    change: Partial<Omit<RoomSettings, 'scenarioId' | 'scenarioVersion' | 'assumptions' | 'seed' | 'teams'>>,
  ) => void;
  /** Facilitator: acts on teams (injects, overrides, rewinds), each landing where the facilitator sees the team. */
  readonly roomAct: (actions: readonly FacilitatorRequest[]) => void;
  /** Kremlin player: answers the waiting quarter of each of these teams with these options. */
  readonly roomKremlinAnswer: (teamIds: readonly string[], choices: readonly KremlinOption[]) => void;
}

/** The room's fields and actions. */
export type RoomSlice = RoomData & RoomActions;

/** True when this device is a team in a room (its End quarter goes to the room). */
export function inRoomAsTeam(s: Pick<GameStore, 'room'>): boolean {
  return s.room?.role === 'team';
}

/** True when the room lets this team end the quarter it is deciding (always true outside a room). */
export function roomQuarterOpen(s: Pick<GameStore, 'room' | 'turns'>): boolean {
  const room = s.room;
  if (!room || room.role !== 'team') return true;
  const waiting = room.teamId !== null && room.awaiting[room.teamId] !== undefined;
  return room.settings !== null && !waiting && quarterOpenFor(room.settings, s.turns.length);
}

/** The teams' published statuses that parse. */
function statusesOf(data: RoomSnapshot): Record<string, TeamStatus> {
  const out: Record<string, TeamStatus> = {};
  for (const [id, status] of Object.entries(data.statuses)) if (isTeamStatus(status)) out[id] = status;
  return out;
}

/** Creates the room slice; `link` lives in the closure, outside the (plain JSON) state. */
export function createRoomSlice(ctx: StoreContext): SliceCreator<RoomSlice> {
  return (set, get) => {
    let link: RoomLink | null = null;

    /** The team's own game from the room, put on the table when it differs from the one shown. */
    const showTeamGame = (settings: RoomSettings, composed: ComposedTeamGame): Partial<GameStore> | null => {
      const s = get();
      const raw = ctx.findScenario(settings.scenarioId);
      if (!raw) return null;
      const scenario = applyAssumptions(raw, settings.assumptions);
      const same =
        s.game !== null &&
        JSON.stringify(s.turns) === JSON.stringify(composed.record.turns) &&
        JSON.stringify(s.pendingInjects) === JSON.stringify(composed.record.pendingInjects) &&
        JSON.stringify(s.pendingOverrides) === JSON.stringify(composed.record.pendingOverrides) &&
        (s.game.outcome === null) === (composed.state.outcome === null);
      if (same) return null;
      const played = composed.record.turns.length - s.turns.length;
      const fields = gameFields({
        raw,
        scenario,
        game: composed.state,
        history: composed.reports,
        turns: composed.record.turns,
        pendingPolicy: s.game
          ? s.pendingPolicy
          : (composed.record.turns.at(-1)?.policy ?? statusQuoPolicy(scenario.params)),
        pendingInjects: composed.record.pendingInjects,
        pendingOverrides: composed.record.pendingOverrides,
      });
      const justEnded = s.game !== null && played === 1;
      return {
        ...fields,
        ...(s.game ? {} : perGameReset(s)),
        assumptions: settings.assumptions,
        lastReport: justEnded ? (composed.reports.at(-1) ?? null) : null,
        screen: justEnded
          ? 'report'
          : composed.state.outcome
            ? 'debrief'
            : s.screen === 'title' || s.screen === 'briefing' || played !== 0
              ? 'campaign'
              : s.screen,
      };
    };

    return {
      room: null,

      joinRoom: (member, roomLink) => {
        link = roomLink;
        set((d) => {
          d.room = {
            ...member,
            connection: 'connecting',
            settings: null,
            statuses: {},
            logLengths: {},
            awaiting: {},
            kremlinOptions: {},
            waitingLevers: {},
            online: {},
          };
        });
      },

      roomData: (data) => {
        const room = get().room;
        if (!room || !isRoomSettings(data.settings)) return;
        const settings = data.settings;
        const raw = ctx.findScenario(settings.scenarioId);
        if (!raw) return;
        const params = applyAssumptions(raw, settings.assumptions).params;
        const logLengths: Record<string, number> = {};
        const composed: Record<string, ComposedTeamGame> = {};
        for (const team of settings.teams) {
          const log = data.logs[team.id];
          if (!log) continue;
          logLengths[team.id] = log.length;
          composed[team.id] = composeTeamGame(
            settings,
            params,
            team.id,
            log,
            data.actions,
            data.answers[team.id] ?? [],
          );
        }
        const awaiting: Record<string, { entry: number; quarter: number }> = {};
        const kremlinOptions: Record<string, KremlinOptionView[]> = {};
        const waitingLevers: Record<string, Policy> = {};
        for (const [id, game] of Object.entries(composed)) {
          if (!game.awaitingKremlin) continue;
          awaiting[id] = game.awaitingKremlin;
          if (room.role !== 'kremlin') continue;
          kremlinOptions[id] = kremlinOptionViews(game.state, params, []);
          const entry = data.logs[id]?.[game.awaitingKremlin.entry];
          if (isTeamLogEntry(entry) && entry.kind === 'turn')
            waitingLevers[id] = {
              aidBnEurPerQuarter: entry.aidBnEurPerQuarter,
              sanctionsLevel: entry.sanctionsLevel,
            };
        }
        // The facilitator and the projector read every log, so they see each team's standing at
        // once, without waiting for the server's status; the facilitator always sees the levers.
        const seen = room.role === 'facilitator' ? { ...settings, reveal: true } : settings;
        const localStatuses: Record<string, TeamStatus> = {};
        for (const [id, game] of Object.entries(composed)) localStatuses[id] = teamStatusOf(seen, game);
        const own = room.teamId ? composed[room.teamId] : undefined;
        const gameChange = room.role === 'team' && own ? showTeamGame(settings, own) : null;
        const teams =
          room.role === 'team'
            ? null
            : settings.teams.flatMap((team, index) => {
                const game = composed[team.id];
                if (!game) return [];
                const code = encodeShareCode(roomShareRecord(settings, params, game));
                return [teamEntry(team.name, code, index, ctx.findScenario)];
              });
        const compareOn =
          teams &&
          (get().scenarioId !== settings.scenarioId ||
            JSON.stringify(get().assumptions) !== JSON.stringify(settings.assumptions))
            ? applyAssumptions(raw, settings.assumptions)
            : null;
        set((d) => {
          if (gameChange) Object.assign(d, castDraft(gameChange));
          if (teams) d.teams = castDraft(teams);
          // The facilitator and the projector compare the teams against the room's scenario.
          if (compareOn) {
            d.scenarioId = compareOn.id;
            d.scenario = castDraft(compareOn);
            d.assumptions = settings.assumptions;
          }
          if (!d.room) return;
          d.room.settings = castDraft(settings);
          d.room.statuses = castDraft(room.role === 'team' ? statusesOf(data) : localStatuses);
          d.room.logLengths = logLengths;
          d.room.awaiting = awaiting;
          d.room.kremlinOptions = castDraft(kremlinOptions);
          d.room.waitingLevers = waitingLevers;
          if (JSON.stringify(d.room.online) !== JSON.stringify(data.online))
            d.room.online = { ...data.online };
        });
      },

      roomConnection: (connection) => {
        if (get().room?.connection === connection) return;
        set((d) => {
          if (d.room) d.room.connection = connection;
        });
      },

      roomEndQuarter: () => {
        const s = get();
        if (!link || !inRoomAsTeam(s) || !s.game || s.game.outcome || !roomQuarterOpen(s)) return;
        link.appendEntry({
          kind: 'turn',
          quarter: s.turns.length,
          aidBnEurPerQuarter: s.pendingPolicy.aidBnEurPerQuarter,
          sanctionsLevel: s.pendingPolicy.sanctionsLevel,
        });
      },

      roomSettle: (terms) => {
        const s = get();
        const waiting = s.room?.teamId ? s.room.awaiting[s.room.teamId] : undefined;
        if (!link || !inRoomAsTeam(s) || !s.game || s.game.outcome || waiting) return;
        link.appendEntry({ kind: 'settle', quarter: s.turns.length, terms });
      },

      updateRoom: (change) => {
        const room = get().room;
        if (!link || room?.role !== 'facilitator' || !room.settings) return;
        const next = { ...room.settings, ...change };
        if (isRoomSettings(next)) link.writeSettings(next);
      },

      roomKremlinAnswer: (teamIds, choices) => {
        const room = get().room;
        if (!link || room?.role !== 'kremlin') return;
        for (const teamId of teamIds) {
          const waiting = room.awaiting[teamId];
          if (waiting) link.pushAnswer(teamId, { entry: waiting.entry, choices: [...choices] });
        }
      },

      roomAct: (actions) => {
        const room = get().room;
        if (!link || room?.role !== 'facilitator' || !room.settings) return;
        const lengths = room.logLengths;
        link.pushActions(actions.map((a) => ({ ...a, at: lengths[a.team] ?? 0 })));
      },
    };
  };
}
