/**
 * Teams for the comparison dashboard: the facilitator pastes (or loads from files) each team's
 * share code; it is decoded and replayed here, so the dashboard overlays games rebuilt by this
 * build's engine, not numbers a team typed in. A bad code stays listed with its error. Teams live
 * for the session only (they are not saved).
 */
import { castDraft } from 'immer';
import { codeFromText } from '../share/share-code';
import { replaySharedCode } from '../share/share-loading';
import type { SliceCreator, StoreContext } from '../store/store-deps';
import type { TeamEntry } from '../store/workshop-contract';

/** The teams' field (for the session only: teams are not saved). */
export interface TeamsData {
  readonly teams: readonly TeamEntry[];
}

/** What the team comparison lets screens ask. */
export interface TeamsActions {
  readonly importTeam: (label: string, code: string) => void;
  readonly removeTeam: (index: number) => void;
}

/** The teams' fields and actions. */
export type TeamsSlice = TeamsData & TeamsActions;

/** Most teams the dashboard holds. */
export const MAX_TEAMS = 24;
/** Longest team label kept, in characters. */
export const MAX_TEAM_LABEL_CHARS = 60;

/** A team entry from a label and a pasted code: the replayed game, or the reason it cannot be read. */
export function teamEntry(
  label: string,
  code: string,
  index: number,
  findScenario: StoreContext['findScenario'],
): TeamEntry {
  const name = typeof label === 'string' ? label.trim().slice(0, MAX_TEAM_LABEL_CHARS) : '';
  const text = typeof code === 'string' ? codeFromText(code) : '';
  const shared = replaySharedCode(text, findScenario);
  return {
    label: name === '' ? null : name,
    number: index + 1,
    code: text,
    result: shared.ok
      ? {
          ok: true,
          scenarioId: shared.record.scenarioId,
          assumptions: shared.record.assumptions,
          seed: shared.record.seed,
          turns: shared.record.turns,
          reports: shared.reports,
          outcome: shared.game.outcome,
        }
      : { ok: false, error: shared.error },
  };
}

/** Creates the teams slice (empty each session). */
export function createTeamsSlice(ctx: StoreContext): SliceCreator<TeamsSlice> {
  return (set, get) => ({
    teams: [],

    importTeam: (label, code) => {
      const teams = get().teams;
      if (teams.length >= MAX_TEAMS) return;
      const entry = teamEntry(label, code, teams.length, ctx.findScenario);
      set((d) => {
        d.teams.push(castDraft(entry));
      });
    },
    removeTeam: (index) => {
      if (!Number.isInteger(index) || index < 0 || index >= get().teams.length) return;
      set((d) => {
        d.teams.splice(index, 1);
      });
    },
  });
}
