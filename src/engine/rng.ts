/**
 * Seeded pseudo-random generator (mulberry32). Its whole state is one unsigned 32-bit
 * integer that lives in GameState, so a saved game carries its future draws with it.
 * Pure: every draw takes a state and returns the value with the next state.
 */

/** One draw: a value in [0, 1) and the generator state after it. */
export interface Draw {
  readonly value: number;
  readonly next: number;
}

/** Turns any integer seed into a valid generator state (unsigned 32-bit). */
export function seedToState(seed: number): number {
  // Scramble so that seeds 1, 2, 3 do not start on neighbouring states.
  let h = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Draws a uniform number in [0, 1) from the generator state. */
export function nextUniform(state: number): Draw {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, next };
}

/**
 * A small cursor over the generator for one quarter's step: draws in a fixed order and
 * hands back the final state. Local to a step; never stored.
 */
export class RngCursor {
  private stateValue: number;

  constructor(state: number) {
    this.stateValue = state >>> 0;
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    const d = nextUniform(this.stateValue);
    this.stateValue = d.next;
    return d.value;
  }

  /** Approximately normal with mean 0 and standard deviation 1 (sum of four uniforms, bounded to ±3.5). */
  normal(): number {
    const sum = this.uniform() + this.uniform() + this.uniform() + this.uniform();
    // Sum of 4 U(0,1) has mean 2 and variance 1/3.
    return (sum - 2) * Math.sqrt(3);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.uniform() < p;
  }

  /** The generator state after every draw so far. */
  get state(): number {
    return this.stateValue;
  }
}
