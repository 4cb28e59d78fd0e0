/**
 * Store → room widgets: the team's room bar, the facilitator's room console and the room's
 * projector, in words. Pure functions of the store's state and the time now (ms since the epoch).
 */
import type { GameStore, RoomSettings, RoomView, TeamStatus } from '../../state';
import { overrideBounds, quarterOpenFor, selectQuarterLabelAt } from '../../state';
import { teamComparisonProps } from '../../scenes/shared/teams-props';
import {
  countdownText,
  formatNumber,
  interpolate,
  overrideTargetText,
  postureLevelName,
  quarterText,
  roomWords,
  uiWords,
} from '../../text';
import type { RoomBarProps } from '../../ui/room/room-bar';
import type { ConsoleTeamRow, RoomConsoleProps } from '../../ui/room/room-console-model';
import type { RoomProjectorProps } from '../../ui/room/room-projector';
import type { KremlinDeskProps } from '../../ui/room/kremlin-desk';
import { kremlinRow } from '../../scenes/campaign/hot-seat-overlay';

/** How many of the key charts the projector overlays (the first ones: reserves, then tanks). */
const PROJECTOR_CHARTS = 2;

/** A quarter index as the game writes it ('Q2 2025'), clamped to the horizon. */
function quarterAt(s: GameStore, index: number): string {
  const last = s.scenario.params.horizonQuarters - 1;
  return quarterText(selectQuarterLabelAt(s, Math.max(0, Math.min(index, last))));
}

function connectionText(room: RoomView): string {
  return roomWords().bar[room.connection];
}

/** "3:05 left" while a countdown runs in locked pace, else null. */
function clockOf(settings: RoomSettings, nowMs: number): string | null {
  if (settings.paused) return roomWords().bar.paused;
  if (settings.pace !== 'locked' || settings.deadlineMs === null) return null;
  return countdownText(settings.deadlineMs - nowMs);
}

function leversText(status: TeamStatus | undefined): string | null {
  const levers = status?.levers;
  if (!levers) return null;
  return interpolate(roomWords().console.levers, {
    aid: formatNumber(levers.aidBnEurPerQuarter, 1),
    sanctions: levers.sanctionsLevel,
  });
}

function endingText(status: TeamStatus): string {
  const words = uiWords().projector;
  const ending = {
    settlement: words.endingSettlement,
    collapse: words.endingCollapse,
    horizon: words.endingHorizon,
  }[status.outcome ?? 'horizon'];
  return interpolate(roomWords().console.stateOver, { ending: ending ?? '', score: status.score ?? 0 });
}

/** The team's room bar, or null outside a room or for another role. */
export function roomBarProps(s: GameStore, nowMs: number): RoomBarProps | null {
  const room = s.room;
  if (!room || room.role !== 'team') return null;
  const words = roomWords().bar;
  const settings = room.settings;
  const title = [interpolate(words.room, { code: room.code }), room.teamName].filter(Boolean).join(' · ');
  const base = { title, connection: room.connection, connectionText: connectionText(room) };
  if (!settings)
    return { ...base, stateText: words.noSettings, clockText: null, endedText: '', revealed: [] };
  const index = s.turns.length;
  const quarter = quarterAt(s, index);
  const over = s.game?.outcome !== null && s.game?.outcome !== undefined;
  const open = quarterOpenFor(settings, index);
  const waitingKremlin = room.teamId !== null && room.awaiting[room.teamId] !== undefined;
  const stateText = over
    ? words.over
    : waitingKremlin
      ? interpolate(words.kremlin, { quarter })
      : settings.paused
        ? words.paused
        : !open
          ? interpolate(words.waiting, { quarter })
          : interpolate(words.open, { quarter });
  const clock = !over && open && !waitingKremlin ? clockOf(settings, nowMs) : null;
  // While it waits, the team wants to know who else has ended the quarter it has just ended.
  const counted = !over && !open && !waitingKremlin && index > 0 ? index - 1 : index;
  const statuses = settings.teams.map((t) => room.statuses[t.id]);
  const ended = statuses.filter(
    (st) =>
      st &&
      (st.quartersPlayed > counted ||
        st.outcome !== null ||
        (st.awaitingKremlin && st.quartersPlayed === counted)),
  ).length;
  const allOver = statuses.every((st) => st?.outcome);
  return {
    ...base,
    stateText,
    clockText: clock ? interpolate(words.timeLeft, { time: clock }) : null,
    endedText: allOver
      ? words.allOver
      : interpolate(words.ended, { ended, total: settings.teams.length, quarter: quarterAt(s, counted) }),
    revealed: settings.reveal
      ? settings.teams.flatMap((t) => {
          if (t.id === room.teamId) return [];
          const levers = room.statuses[t.id]?.levers;
          return levers
            ? [
                interpolate(words.revealed, {
                  team: t.name,
                  aid: formatNumber(levers.aidBnEurPerQuarter, 1),
                  sanctions: levers.sanctionsLevel,
                }),
              ]
            : [];
        })
      : [],
  };
}

function consoleRow(s: GameStore, settings: RoomSettings, id: string, name: string): ConsoleTeamRow {
  const w = roomWords().console;
  const status = s.room?.statuses[id];
  const device = s.room?.online[id] ? w.connected : w.notConnected;
  if (!status) {
    return {
      id,
      name,
      device,
      posture: '—',
      cohesion: '—',
      state: w.stateNotJoined,
      done: false,
      levers: '—',
    };
  }
  const played = status.quartersPlayed;
  const over = status.outcome !== null;
  const waitingOn = settings.pace === 'locked' ? settings.openQuarters : played + 1;
  const done = over || played >= waitingOn;
  return {
    id,
    name,
    device,
    posture: postureLevelName(status.postureLevel),
    cohesion: formatNumber(status.cohesion, 1),
    state: over
      ? endingText(status)
      : status.awaitingKremlin
        ? interpolate(w.stateKremlin, { quarter: quarterAt(s, played) })
        : done
          ? interpolate(w.stateEnded, { quarter: quarterAt(s, played - 1) })
          : interpolate(w.stateDeciding, { quarter: quarterAt(s, played) }),
    done,
    levers: leversText(status) ?? '—',
  };
}

/** The facilitator's console, or null before the room's settings arrive. */
export function roomConsoleProps(
  s: GameStore,
  nowMs: number,
  reviewHref: (code: string) => string,
): RoomConsoleProps | null {
  const room = s.room;
  const settings = room?.settings;
  if (!room || !settings) return null;
  const w = roomWords().console;
  const horizon = s.scenario.params.horizonQuarters;
  const played = Math.max(0, ...Object.values(room.statuses).map((st) => st.quartersPlayed));
  const locked = settings.pace === 'locked';
  return {
    title: interpolate(w.title, { code: room.code }),
    connectionText: interpolate(w.connection, { state: connectionText(room) }),
    teams: settings.teams.map((t) => consoleRow(s, settings, t.id, t.name)),
    pace: settings.pace,
    paused: settings.paused,
    reveal: settings.reveal,
    projectorView: settings.projector.view,
    projectorTeamId: settings.projector.teamId,
    openNextText:
      locked && settings.openQuarters < horizon
        ? interpolate(w.openNext, { quarter: quarterAt(s, settings.openQuarters) })
        : null,
    openedText: locked
      ? interpolate(w.openedUpTo, { quarter: quarterAt(s, settings.openQuarters - 1) })
      : null,
    clockText: clockOf(settings, nowMs),
    injects: s.scenario.params.injects.map((i) => ({ id: i.id, title: i.title })),
    overrides: overrideBounds().map((o) => {
      const text = overrideTargetText(o.target);
      return { ...o, label: text.label, unit: text.unit };
    }),
    rewindQuarters: Array.from({ length: played }, (_, index) => ({ index, label: quarterAt(s, index) })),
    reviews: s.teams.flatMap((entry) => {
      // The room's slice numbers each team's entry by its place in the room's list.
      const team = settings.teams[entry.number - 1];
      return team && entry.code
        ? [
            {
              teamId: team.id,
              label: interpolate(w.review, { team: team.name }),
              href: reviewHref(entry.code),
            },
          ]
        : [];
    }),
  };
}

/** The room's projector view. */
export function roomProjectorProps(s: GameStore, nowMs: number): RoomProjectorProps {
  const room = s.room;
  const settings = room?.settings;
  const code = room?.code ?? '';
  const w = roomWords().projector;
  if (!room || !settings) {
    return {
      title: interpolate(w.title, { code }),
      clockText: null,
      view: 'waiting',
      comparison: null,
      postures: [],
      code,
    };
  }
  const played = Math.max(0, ...Object.values(room.statuses).map((st) => st.quartersPlayed));
  const quarter = quarterAt(s, settings.pace === 'locked' ? settings.openQuarters - 1 : played);
  const clock = clockOf(settings, nowMs);
  // Two charts and the table of outcomes fit a projector's screen; the console's comparison has them all.
  const full = teamComparisonProps(s);
  const comparison = { ...full, charts: full.charts.slice(0, PROJECTOR_CHARTS) };
  const { view, teamId } = settings.projector;
  const chosenIndex = settings.teams.findIndex((t) => t.id === teamId);
  const levels = s.scenario.params.posture.levels;
  return {
    title: `${interpolate(w.title, { code })} · ${quarter}`,
    clockText: settings.paused ? w.paused : clock ? interpolate(w.countdown, { time: clock, quarter }) : null,
    view,
    comparison:
      view === 'team'
        ? chosenIndex < 0
          ? null
          : { ...comparison, teams: comparison.teams.filter((t) => t.index === chosenIndex) }
        : comparison,
    postures: settings.teams.map((t) => {
      const status = room.statuses[t.id];
      return {
        team: t.name,
        quarter:
          status && status.quartersPlayed > 0
            ? interpolate(w.ended, { quarter: quarterAt(s, status.quartersPlayed - 1) })
            : w.notPlayed,
        levels: levels.map((l) => ({
          name: postureLevelName(l.level),
          current: status?.postureLevel === l.level,
        })),
      };
    }),
    code,
  };
}

/** The Kremlin player's desk, or null before the room's settings arrive. */
export function kremlinDeskProps(s: GameStore): KremlinDeskProps | null {
  const room = s.room;
  const settings = room?.settings;
  if (!room || !settings) return null;
  const w = roomWords().kremlin;
  const waiting = settings.teams.flatMap((t) => {
    const awaiting = room.awaiting[t.id];
    if (!awaiting) return [];
    const levers = room.waitingLevers[t.id];
    return [
      {
        teamId: t.id,
        name: t.name,
        line: interpolate(w.waitingTeam, {
          team: t.name,
          quarter: quarterAt(s, awaiting.quarter),
          aid: formatNumber(levers?.aidBnEurPerQuarter ?? 0, 1),
          sanctions: levers?.sanctionsLevel ?? 0,
        }),
        options: (room.kremlinOptions[t.id] ?? []).map(kremlinRow),
      },
    ];
  });
  const deciding = settings.teams
    .filter((t) => !room.awaiting[t.id] && room.statuses[t.id]?.outcome === null)
    .map((t) => t.name);
  return {
    title: interpolate(w.title, { code: room.code }),
    connectionText: interpolate(roomWords().console.connection, { state: connectionText(room) }),
    waiting,
    deciding: deciding.length > 0 ? interpolate(w.deciding, { teams: deciding.join(', ') }) : null,
  };
}
