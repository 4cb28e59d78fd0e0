/**
 * The state layer's public entry: the store, its contract, the selectors and the few helpers the
 * screens and the composition root need. Scenes import the state through this file only (the
 * layer test enforces it), so the folders behind it can be reorganised without touching a screen.
 */
export type * from './store/contract';
export * from './selectors/selectors';
export { createGameStore, type StoreDeps, type ScenarioRegistry, type KeyValueStorage } from './store/store';
export { gameParamIn } from './share/share-code';
export {
  connectProjector,
  createProjectorReceiver,
  PROJECTOR_CHANNEL_NAME,
  PROJECTOR_HELLO,
} from './workshop/projector-bridge';
export { selectTeamComparison } from './workshop/team-comparison';
export {
  MESSAGE_CODES,
  RECORD_PARTS,
  type MessageCode,
  type RecordPart,
  type StateMessage,
} from './store/message-codes';
export { MAX_GAMES } from './saves/game-library';
export * from './room/room-model';
export { composeTeamGame, roomShareRecord, type ComposedTeamGame } from './room/room-compose';
export { isTeamStatus, quarterOpenFor, teamStatusOf, type TeamStatus } from './room/room-status';
export { inRoomAsTeam, roomQuarterOpen } from './room/room-slice';
export { leversOpen } from './campaign/campaign-slice';
export { statusQuoPolicy } from './campaign/campaign-logic';
export { overrideBounds } from './workshop/facilitator-console';
export {
  BAND_QUARTERS,
  BAND_RUNS,
  bandQuarters,
  bandsJobFor,
  bandsSeed,
  currentBands,
  type BandsJob,
  type ProjectionBands,
} from './bands/bands-slice';
export { disputedFiguresFor } from '../scenario/runtime';
export {
  DEFAULT_FORECAST_OPTIONS,
  FORECAST_KEY,
  sameForecastOptions,
  type ForecastOptions,
} from './bands/forecast-options';
