/**
 * Where the tornado charts get their runs: the composition root hands a source over once with
 * provideTornado. Kept apart from the charts' code so that main.ts can hand it over without
 * loading the charts (and the review they live in) before the title screen.
 */
import type { TornadoSource } from './tornado-chart';

let source: TornadoSource | null = null;

/** Hands over the source of the runs (called once by main.ts; without it the slots stay hidden). */
export function provideTornado(next: TornadoSource | null): void {
  source = next;
}

/** The source handed over, or null when there is none (no workers in this browser). */
export function tornadoSource(): TornadoSource | null {
  return source;
}
