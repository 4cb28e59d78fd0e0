/**
 * What the scenario layer hands the rest of the game: the engine's parameters plus everything a
 * player needs to see where each number comes from. Contract shared by the loader, the store,
 * the CLI and the UI.
 */
import type { ScenarioParams } from '../engine';

/** Where a parameter comes from: its unit, the source keys it cites, or the modelling choice it is. */
export interface Provenance {
  readonly unit: string;
  /** Keys into the bibliography (scenarios/sources.json): '[39]', 'E29' … Empty for a pure choice. */
  readonly sources: readonly string[];
  /** Present when the value is a modelling choice: why this value. */
  readonly choice?: string;
  readonly note?: string;
  /** The range the sources give, when they disagree. */
  readonly range?: readonly [number, number];
  /** Present when an assumption's option set the value: the assumption's name and the option's label, in the active language. */
  readonly assumption?: { readonly name: string; readonly label: string };
}

/** One bibliography entry. */
export interface SourceEntry {
  readonly kind: 'report-footnote' | 'external';
  readonly title: string;
  readonly citation: string;
  readonly urls: readonly string[];
  /** True for figures observed after 19 February 2025: used to validate, not to set the start. */
  readonly observedAfterReport?: boolean;
}

/** The bibliography: source key → entry. */
export type SourceRegistry = Readonly<Record<string, SourceEntry>>;

/** A scheduled or on-demand event a facilitator can fire (used by later features; optional in files). */
export interface ScenarioInject {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly sources: readonly string[];
}

/** The five seats at the table: the United States, Europe, Ukraine, the Kremlin and the facilitator. */
export const ROLE_IDS = ['us', 'europe', 'ukraine', 'kremlin', 'facilitator'] as const;

/** One seat at the table. */
export type RoleId = (typeof ROLE_IDS)[number];

/** A printable role brief, written for one scenario. */
export interface ScenarioRole {
  readonly title: string;
  /** Two to four paragraphs: who you are, what you face in this scenario. */
  readonly brief: readonly string[];
  readonly objectives: readonly string[];
  /** What this role controls or argues for. */
  readonly levers: readonly string[];
  /** What this role will not accept. */
  readonly redLines: readonly string[];
}

/** The role briefs of a scenario, one per seat. */
export type ScenarioRoles = Readonly<Record<RoleId, ScenarioRole>>;

/** A validated scenario, ready to play. */
export interface LoadedScenario {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly description: string;
  /** ISO date of the figures, e.g. '2025-02-19'. */
  readonly dataVintage: string;
  readonly params: ScenarioParams;
  /** Dotted parameter path ('economy.netBorrowingCapTrnRubPerQuarter') → provenance. */
  readonly provenance: Readonly<Record<string, Provenance>>;
  readonly sources: SourceRegistry;
  /** Paragraphs read aloud before play: the situation, what the scenario assumes, what to watch. */
  readonly briefing: readonly string[];
  readonly learningGoals: readonly string[];
  /** Questions for the debrief (the hot wash). */
  readonly discussionPrompts: readonly string[];
  /** The role briefs, or null when the file gives none (every bundled scenario gives them). */
  readonly roles: ScenarioRoles | null;
}

/** One problem found in a scenario file: which file, where in it, and what was expected. */
export interface ScenarioError {
  readonly file: string;
  /** Dotted path of the field, e.g. 'economy.gdpTrnRubPerYear.value'; '' for the whole file. */
  readonly path: string;
  readonly message: string;
}

/** Result of loading: a scenario, or every problem found. */
export type ScenarioResult =
  | { readonly ok: true; readonly scenario: LoadedScenario }
  | { readonly ok: false; readonly errors: readonly ScenarioError[] };
