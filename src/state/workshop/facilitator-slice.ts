/**
 * The facilitator's console (the white cell): pause the game while the class talks, fire the
 * scenario's injects, override a model outcome with a written reason, reveal the Kremlin's hidden
 * state, rewind to an earlier quarter, and choose the projector's charts. Injects and overrides
 * land in the game at once and are recorded in the quarter's turn when it ends, so a replay of the
 * record rebuilds the same game. Every action is logged; the log survives rewinds.
 */
import { castDraft, type Draft } from 'immer';
import {
  appliedOverrideValue,
  applyOverride,
  quarterLabel,
  replayTurns,
  type IndicatorName,
  type Override,
  type OverrideTarget,
} from '../../engine';
import { projectionFor } from '../campaign/campaign-logic';
import type { GameStore } from '../store/contract';
import { gameFields } from '../campaign/game-fields';
import { MAX_ACTIONS_PER_QUARTER, isOverrideTarget, overrideReason } from '../record/record-checks';
import { KEY_CHARTS } from '../selectors/chart';
import type { SliceCreator, StoreContext } from '../store/store-deps';
import { message, type MessageCode } from '../store/message-codes';
import { fireInjectLive } from '../record/turn-record';
import type { FacilitatorLogEntry, FacilitatorState } from '../store/workshop-contract';
import { savePart } from '../store/save-part';

/** The facilitator's fields. */
export interface FacilitatorData {
  readonly facilitator: FacilitatorState;
  /** Injects fired and overrides made during the current quarter (already applied to `game`). */
  readonly pendingInjects: readonly string[];
  readonly pendingOverrides: readonly Override[];
  /** Charts the projector view shows (two or three), chosen by the facilitator. */
  readonly projectorCharts: readonly IndicatorName[];
}

/** What the facilitator's console lets screens ask. */
export interface FacilitatorActions {
  readonly setFacilitatorMode: (enabled: boolean) => void;
  readonly pause: () => void;
  readonly resume: () => void;
  readonly fireInject: (injectId: string) => void;
  /** The white cell's adjudication of a model outcome, with the reason written down (required, non-empty). */
  readonly overrideOutcome: (target: OverrideTarget, value: number, reason: string) => void;
  readonly setRevealKremlin: (reveal: boolean) => void;
  /** Back to the start of a quarter already played (0 = the start), by replaying the turns before it. */
  readonly rewindTo: (quarterIndex: number) => void;
  readonly setProjectorCharts: (charts: readonly IndicatorName[]) => void;
}

/** The facilitator's fields and actions. */
export type FacilitatorSlice = FacilitatorData & FacilitatorActions;

/** What a save holds of the console: its state and log, this quarter's actions, the projector's charts. */
export interface FacilitatorSaved {
  /** Injects fired and overrides made this quarter (already in `game`). */
  readonly pendingInjects: readonly string[];
  readonly pendingOverrides: readonly Override[];
  readonly facilitator: FacilitatorState;
  readonly projectorCharts: readonly IndicatorName[];
}

/** The facilitator's part of a save. */
export const FACILITATOR_SAVE_PART = savePart(
  ['facilitator', 'pendingInjects', 'pendingOverrides', 'projectorCharts'],
  (s): FacilitatorSaved => ({
    pendingInjects: s.pendingInjects,
    pendingOverrides: s.pendingOverrides,
    facilitator: s.facilitator,
    projectorCharts: s.projectorCharts,
  }),
);

/** The console of a first game: off, running, the Kremlin hidden, nothing logged. */
export const FACILITATOR_INITIAL: FacilitatorState = {
  enabled: false,
  paused: false,
  revealKremlin: false,
  log: [],
};

/** The charts the projector shows until the facilitator chooses others. */
export const DEFAULT_PROJECTOR_CHARTS: readonly IndicatorName[] = [
  'nwfLiquidTrnRub',
  'fireRatio',
  'westernCohesion',
];

/** Most facilitator log entries the console keeps (and a save may hold). */
export const MAX_LOG_ENTRIES = 500;

/** True for two or three different key charts: what the projector can show. */
export function isProjectorChoice(x: unknown): x is readonly IndicatorName[] {
  return (
    Array.isArray(x) &&
    x.length >= 2 &&
    x.length <= 3 &&
    new Set(x).size === x.length &&
    x.every((c) => (KEY_CHARTS as readonly unknown[]).includes(c))
  );
}

/** The console for another game: its switches kept, running again, the log cleared. */
export function facilitatorForNewGame(f: FacilitatorState): FacilitatorState {
  return { ...f, paused: false, log: [] };
}

/** Appends an entry to the facilitator's log (the oldest go once it is full). */
export function logEntry(d: Draft<GameStore>, entry: FacilitatorLogEntry): void {
  d.facilitator.log.push(entry);
  if (d.facilitator.log.length > MAX_LOG_ENTRIES) d.facilitator.log.shift();
}

/** A number as the log keeps it: at most two decimals. */
const shortNumber = (x: number): number => Math.round(x * 100) / 100;

/** True when the console may change the game: facilitator mode on and a game that has not ended. */
function canSteer(s: GameStore): boolean {
  return s.facilitator.enabled && s.game !== null && s.game.outcome === null;
}

/** The facilitator's per-game fields when no game is loaded: no inject or override pending. */
export function noPendingActions(): Pick<FacilitatorData, 'pendingInjects' | 'pendingOverrides'> {
  return { pendingInjects: [], pendingOverrides: [] };
}

/** Creates the facilitator slice. */
export function createFacilitatorSlice(ctx: StoreContext): SliceCreator<FacilitatorSlice> {
  return (set, get) => {
    const quarterNow = (): number => get().game?.quarterIndex ?? 0;
    const log = (kind: FacilitatorLogEntry['kind'], code: MessageCode): void =>
      set((d) => logEntry(d, { quarterIndex: quarterNow(), kind, ...message(code) }));

    return {
      facilitator: FACILITATOR_INITIAL,
      ...noPendingActions(),
      projectorCharts: DEFAULT_PROJECTOR_CHARTS,

      setFacilitatorMode: (enabled) => {
        if (typeof enabled !== 'boolean' || get().facilitator.enabled === enabled) return;
        set((d) => {
          d.facilitator.enabled = enabled;
          // Leaving the console must not leave the game frozen or the Kremlin's cards on show.
          if (!enabled) Object.assign(d.facilitator, { paused: false, revealKremlin: false });
        });
      },
      pause: () => {
        const s = get();
        if (!s.facilitator.enabled || s.facilitator.paused || !s.game) return;
        set((d) => {
          d.facilitator.paused = true;
        });
        log('pause', 'log.paused');
      },
      resume: () => {
        if (!get().facilitator.paused) return;
        set((d) => {
          d.facilitator.paused = false;
        });
        log('resume', 'log.resumed');
      },
      fireInject: (injectId) => {
        const s = get();
        const params = s.scenario.params;
        const inject = params.injects.find((i) => i.id === injectId);
        if (!inject || !s.game || !canSteer(s) || s.pendingInjects.length >= MAX_ACTIONS_PER_QUARTER) return;
        const game = fireInjectLive(s.game, inject.id, s.pendingOverrides, params);
        const projection = projectionFor(game, s.pendingPolicy, params);
        set((d) => {
          d.game = castDraft(game);
          d.projection = castDraft(projection);
          d.pendingInjects.push(inject.id);
          logEntry(d, {
            quarterIndex: game.quarterIndex,
            kind: 'inject',
            ...message('log.injectFired', { id: inject.id, title: inject.title }),
          });
        });
      },
      overrideOutcome: (target, value, reason) => {
        const s = get();
        const why = overrideReason(reason);
        if (!s.game || !canSteer(s) || !isOverrideTarget(target) || why === null) return;
        if (typeof value !== 'number' || !Number.isFinite(value)) return;
        if (s.pendingOverrides.length >= MAX_ACTIONS_PER_QUARTER) return;
        // Recorded as the engine applies it, so the log, the record and a replay say what the game was set to.
        const override: Override = { target, value: appliedOverrideValue({ target, value }), reason: why };
        const game = applyOverride(s.game, override);
        const projection = projectionFor(game, s.pendingPolicy, s.scenario.params);
        const said = message('log.override', { target, value: shortNumber(override.value), reason: why });
        set((d) => {
          d.game = castDraft(game);
          d.projection = castDraft(projection);
          d.pendingOverrides.push(override);
          logEntry(d, { quarterIndex: game.quarterIndex, kind: 'override', ...said, reason: why });
        });
      },
      setRevealKremlin: (reveal) => {
        const s = get();
        if (!s.facilitator.enabled || typeof reveal !== 'boolean' || s.facilitator.revealKremlin === reveal)
          return;
        set((d) => {
          d.facilitator.revealKremlin = reveal;
        });
        log('reveal', reveal ? 'log.revealed' : 'log.hidden');
      },
      rewindTo: (quarterIndex) => {
        const s = get();
        if (!s.facilitator.enabled || !s.game || !Number.isInteger(quarterIndex)) return;
        if (quarterIndex < 0 || quarterIndex > s.turns.length) return;
        const turns = s.turns.slice(0, quarterIndex);
        const replayed = replayTurns(s.scenario.params, s.game.seed, turns);
        const raw = ctx.findScenario(s.scenarioId) ?? s.scenario;
        const fields = gameFields({
          raw,
          scenario: s.scenario,
          game: replayed.state,
          history: replayed.reports,
          turns,
          pendingPolicy: s.pendingPolicy,
        });
        const p = s.scenario.params;
        const said = message('log.rewound', {
          quarter: quarterLabel(p.startYear, p.startQuarter, quarterIndex),
        });
        set((d) => {
          Object.assign(d, fields);
          d.screen = 'campaign';
          d.hotSeat.phase = 'west';
          d.hotSeat.kremlinChoices = [];
          logEntry(d, { quarterIndex, kind: 'rewind', ...said });
        });
      },
      setProjectorCharts: (charts) => {
        if (!isProjectorChoice(charts)) return;
        const same =
          charts.length === get().projectorCharts.length &&
          charts.every((c, i) => c === get().projectorCharts[i]);
        if (!same)
          set((d) => {
            d.projectorCharts = [...charts];
          });
      },
    };
  };
}
