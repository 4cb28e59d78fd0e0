// @vitest-environment happy-dom
/**
 * Fuzz: messages on the projector's channel (a BroadcastChannel, so any structured-clone value
 * from any window of the same origin): real snapshots of games, the same with fields replaced by
 * hostile values (numbers JSON cannot hold, wrong types, markup in every string, deep nesting,
 * `__proto__` keys), and anything at all. The projector window's receiver must take a snapshot only
 * when its view can draw it, and draw every string as text; the game window's listener answers a
 * projector's hello and nothing else. Nothing throws.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectorProps } from '../../src/scenes/shared/posture-props';
import {
  connectProjector,
  createProjectorReceiver,
  PROJECTOR_HELLO,
  projectorSnapshot,
  type ProjectorChannel,
  type ProjectorMessage,
  type ProjectorSnapshot,
} from '../../src/state/workshop/projector-bridge';
import { isRecord } from '../../src/state/saves/save-format';
import { createProjectorView } from '../../src/ui/projector';
import { playQuarters, settledStore, startedStore } from '../state/helpers';
import { FUZZ_TEST_TIMEOUT_MS, hostileValue, mutatedValue } from './arbitraries';
import {
  expectNoMarkupFromInput,
  installFakeCanvas,
  joinShapes,
  shapeOf,
  type MarkupShape,
} from './dom-checks';
import { fuzzInput, type Verdict } from './harness';

/** Messages a game window sends: a game just begun, one well under way with three charts, one settled. */
function genuineMessages(): ProjectorMessage[] {
  const begun = startedStore();
  const played = startedStore();
  played.getState().setProjectorCharts(['occupiedKm2', 'westernCohesion', 'nwfLiquidTrnRub']);
  played.getState().setAid(20);
  playQuarters(played, 4);
  const settled = settledStore();
  return [begun, played, settled].map((s) => ({
    type: 'leverage-projector-snapshot',
    version: 1,
    snapshot: JSON.parse(JSON.stringify(projectorSnapshot(s.getState()))) as ProjectorSnapshot,
  }));
}

const GENUINE = genuineMessages();

/** What arrives on the channel, and whether a real game window sent it as it is. */
interface Arrival {
  readonly data: unknown;
  readonly genuine: boolean;
}

const arrival: fc.Arbitrary<Arrival> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...GENUINE).map((data) => ({ data, genuine: true })) },
  {
    weight: 12,
    arbitrary: fc.oneof(...GENUINE.map((m) => mutatedValue(m))).map((data) => ({ data, genuine: false })),
  },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        hostileValue,
        fc.constantFrom<unknown>(PROJECTOR_HELLO, { type: 'leverage-projector-hello', extra: '<b>' }),
        fc.record({
          type: fc.constantFrom('leverage-projector-snapshot', 'leverage-projector-hello', '__proto__'),
          version: fc.oneof(fc.constant(1), hostileValue),
          snapshot: hostileValue,
        }),
      )
      .map((data) => ({ data, genuine: false })),
  },
);

/** The value as the channel delivers it: a structured clone (what cannot be cloned cannot be sent, and arrives as posted). */
function delivered(data: unknown): unknown {
  try {
    return structuredClone(data);
  } catch {
    return data;
  }
}

let view: ReturnType<typeof createProjectorView>;
let builder: MarkupShape;

beforeAll(() => {
  installFakeCanvas();
  view = createProjectorView(document.body);
  const shapes = GENUINE.map((m) => {
    view.show(projectorProps(m.snapshot));
    return shapeOf(view.root);
  });
  builder = joinShapes(...shapes);
});

describe('fuzz: projector messages', () => {
  it(
    'the projector takes only snapshots its view draws, as text; the game window answers hello only',
    () => {
      // The game window's side: its listener answers a projector's hello with the snapshot.
      let posted = 0;
      let listener: ((event: { readonly data: unknown }) => void) | null = null;
      const channel: ProjectorChannel = {
        postMessage: () => void posted++,
        close: () => undefined,
        addEventListener: (_type, l) => void (listener = l),
      };
      connectProjector(startedStore(), channel);
      let taken: ProjectorSnapshot | null = null;
      const receive = createProjectorReceiver((snapshot) => void (taken = snapshot));

      const counts = fuzzInput(
        'projector messages',
        arrival,
        ({ data, genuine }): Verdict => {
          const message = delivered(data);
          const postedBefore = posted;
          listener?.({ data: message });
          const hello = isRecord(message) && message['type'] === PROJECTOR_HELLO.type;
          expect(posted - postedBefore).toBe(hello ? 1 : 0);

          taken = null;
          receive(message);
          const snapshot = taken as ProjectorSnapshot | null;
          if (snapshot === null) {
            expect(genuine, "a real game window's snapshot is taken").toBe(false);
            return 'refused';
          }
          // What the receiver takes, the view draws without a throw.
          view.show(projectorProps(snapshot));
          expectNoMarkupFromInput(view.root, builder);
          return 'accepted';
        },
        { refusedAs: 'dropped' },
      );
      expect(counts.accepted).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
