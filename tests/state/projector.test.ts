/**
 * The projector bridge: connected to a channel, it posts a snapshot at once and after every change
 * the projector shows (a quarter played, the levers' ghost line, the facilitator's charts), stays
 * quiet for changes it does not show, answers a projector's hello, and stops when disconnected.
 * The receiver ignores anything that is not a well-formed snapshot.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PROJECTOR_HELLO,
  connectProjector,
  createProjectorReceiver,
  type ProjectorChannel,
  type ProjectorMessage,
  type ProjectorSnapshot,
} from '../../src/state/workshop/projector-bridge';
import { playQuarters, startedStore } from './helpers';

/** A channel that keeps what is posted. */
function fakeChannel() {
  const channel = {
    posted: [] as ProjectorMessage[],
    closed: false,
    listeners: [] as ((event: { readonly data: unknown }) => void)[],
    addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void) {
      if (type === 'message') channel.listeners.push(listener);
    },
    postMessage(message: unknown) {
      channel.posted.push(structuredClone(message) as ProjectorMessage);
    },
    close() {
      channel.closed = true;
    },
  };
  return channel satisfies ProjectorChannel;
}

describe('the projector bridge', () => {
  it('posts the snapshot at once, then on each change it shows and not on others', () => {
    const store = startedStore();
    const channel = fakeChannel();
    connectProjector(store, channel);
    expect(channel.posted).toHaveLength(1);
    const first = channel.posted[0]?.snapshot;
    expect(first?.quarterLabel).toBe('2025-Q1');
    expect(first?.charts.map((c) => c.indicator)).toEqual(store.getState().projectorCharts);
    store.getState().setVolume(0.1);
    expect(channel.posted).toHaveLength(1);
    playQuarters(store, 1);
    expect(channel.posted.at(-1)?.snapshot.quarterLabel).toBe('2025-Q2');
    const count = channel.posted.length;
    store.getState().setProjectorCharts(['fireRatio', 'beliefWestQuits']);
    expect(channel.posted).toHaveLength(count + 1);
    expect(channel.posted.at(-1)?.snapshot.charts.map((c) => c.indicator)).toEqual([
      'fireRatio',
      'beliefWestQuits',
    ]);
  });

  it('answers a projector’s hello with the current snapshot', () => {
    const store = startedStore();
    const channel = fakeChannel();
    connectProjector(store, channel);
    for (const listener of channel.listeners) {
      listener({ data: PROJECTOR_HELLO });
      listener({ data: 'noise' });
    }
    expect(channel.posted).toHaveLength(2);
    expect(channel.posted[1]).toEqual(channel.posted[0]);
  });

  it('stops and closes the channel when disconnected', () => {
    const store = startedStore();
    const channel = fakeChannel();
    const disconnect = connectProjector(store, channel);
    disconnect();
    playQuarters(store, 1);
    expect(channel.posted).toHaveLength(1);
    expect(channel.closed).toBe(true);
  });
});

describe('the projector receiver', () => {
  it('passes on a real snapshot', () => {
    const store = startedStore();
    const channel = fakeChannel();
    connectProjector(store, channel);
    const received: ProjectorSnapshot[] = [];
    createProjectorReceiver((s) => received.push(s))(channel.posted[0]);
    expect(received).toEqual([channel.posted[0]?.snapshot]);
  });

  it('ignores anything malformed, and never throws', () => {
    const store = startedStore();
    const channel = fakeChannel();
    connectProjector(store, channel);
    const real = channel.posted[0] as unknown as Record<string, unknown>;
    const received: unknown[] = [];
    const receive = createProjectorReceiver((s) => received.push(s));
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(() => receive(junk)).not.toThrow();
        expect(() => receive({ ...real, snapshot: junk })).not.toThrow();
      }),
      { numRuns: 300 },
    );
    receive({ ...real, version: 2 });
    receive({ ...real, snapshot: { ...(real['snapshot'] as object), charts: [{ indicator: 'fireRatio' }] } });
    expect(received).toEqual([]);
  });
});
