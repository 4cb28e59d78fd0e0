/**
 * The workshop's selectors in one import: share codes, the facilitator's console, the Kremlin's
 * options for the hot seat, the team comparison, the after-action review and its exports, the
 * projector's snapshot and the tutorial. Each lives in its own file and is memoised there.
 */

/** The share code and link of the game on screen (see selectors-share.ts). */
export { selectShareCode, selectShareLink } from '../share/selectors-share';
/** The facilitator's console (see facilitator-console.ts). */
export {
  selectFacilitatorConsole,
  type FacilitatorConsole,
  type InjectView,
  type OverrideTargetView,
} from '../workshop/facilitator-console';
/** The Kremlin's options and hidden state (see kremlin-view.ts). */
export {
  selectKremlinOptions,
  type KremlinOptionView,
  type KremlinHiddenState,
  type ConditionStreak,
} from '../workshop/kremlin-view';
/** The team comparison (see team-comparison.ts). */
export {
  selectTeamComparison,
  type TeamComparison,
  type TeamView,
  type TeamOutcome,
  type KeyChart,
} from '../workshop/team-comparison';
/** The after-action review (see review-timeline.ts). */
export {
  selectReviewTimeline,
  selectDiscussionPrompts,
  type ReviewEntry,
  type PostureChange,
} from './review-timeline';
/** Exports of the game (see exports.ts). */
export {
  CSV_COLUMNS,
  selectCsvExport,
  selectGameJson,
  toCsv,
  toGameJson,
  type DescribeMessage,
  type ExportedLogEntry,
  type GameJson,
} from './exports';
/** The projector's snapshot (see projector-bridge.ts). */
export { projectorSnapshot, type ProjectorSnapshot } from '../workshop/projector-bridge';
/** The tutorial's lesson (see tutorial-slice.ts). */
export { selectTutorialStep, type TutorialStep, type TutorialControl } from '../workshop/tutorial-slice';
export {
  selectAssumptionList,
  type AssumptionItem,
  type AssumptionOptionItem,
} from '../campaign/assumption-list';
/** Longest override reason the console accepts, in characters (see record-checks.ts). */
export { OVERRIDE_REASON_MAX_CHARS } from '../record/record-checks';
/** How many teams the dashboard holds and how long a label may be (see teams-slice.ts). */
export { MAX_TEAMS, MAX_TEAM_LABEL_CHARS } from '../workshop/teams-slice';
