/** Room settings for the room tests: the baseline scenario, seed 7, two teams. */
import { getBundledScenario } from '../../src/scenario';
import type { RoomSettings } from '../../src/state';

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
    ...change,
  };
}
