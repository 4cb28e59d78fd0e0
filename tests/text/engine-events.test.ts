/**
 * Every event code, cause code and negotiation reason the engine emits has its words, and every
 * rendered text is complete: no unfilled {placeholder}, no 'undefined', 'NaN' or missing value.
 * Proved by running the engine over the baseline under a grid of policies, seeds and schedules.
 */
import { describe, expect, it } from 'vitest';
import { KREMLIN_OPTIONS, type ReportEvent } from '../../src/engine';
import {
  describeCause,
  describeEvent,
  describeNegotiationReason,
  EN,
  hasEventText,
  kremlinOptionText,
  MISSING,
} from '../../src/text';
import { chinaWillingParams, harvest, negotiationReasons } from './engine-runs';

const baseline = harvest();
const chinaWilling = harvest(chinaWillingParams());
const events: readonly ReportEvent[] = [...baseline.events, ...chinaWilling.events];
const emittedCodes = [...new Set(events.map((e) => e.code))].sort();

/** Problems in a rendered text, as readable strings; empty when the text is complete. */
function problems(text: string): string[] {
  const found: string[] = [];
  const placeholder = /\{[A-Za-z0-9_]*\}/.exec(text);
  if (placeholder) found.push(`unfilled ${placeholder[0]}`);
  for (const bad of ['undefined', 'NaN', 'Infinity', '[object', 'null', MISSING]) {
    if (text.includes(bad)) found.push(`contains '${bad}'`);
  }
  if (text.trim() === '') found.push('is empty');
  return found;
}

describe('report events in words', () => {
  it('the runs reach every event code the game knows about', () => {
    const expected = [
      'front.summary',
      'equipment.losses',
      'manpower.shortfall',
      'manpower.replaced',
      'economy.budget',
      'economy.budgetMonetised',
      'economy.prices',
      'west.cohesion',
      'threshold.on',
      'threshold.off',
      ...KREMLIN_OPTIONS.map((o) => `kremlin.${o}`),
      'posture.up',
      'posture.down',
      'outcome.collapse',
      'outcome.horizon',
    ];
    expect(expected.filter((code) => !emittedCodes.includes(code))).toEqual([]);
  });

  it('every emitted code has its own template', () => {
    expect(emittedCodes.filter((code) => !hasEventText(code))).toEqual([]);
  });

  it('every rendered headline and because line is complete', () => {
    const bad = new Map<string, string>();
    for (const event of events) {
      const text = describeEvent(event);
      for (const [part, value] of Object.entries(text)) {
        const found = problems(value);
        if (found.length > 0) bad.set(`${event.code}.${part}`, `${found.join(', ')}: ${value}`);
      }
    }
    expect(Object.fromEntries(bad)).toEqual({});
  });

  it('every because line starts with "Because"', () => {
    const starts = new Set(events.map((e) => describeEvent(e).because.split(' ')[0]));
    expect([...starts]).toEqual(['Because']);
  });

  it('every emitted cause code has a phrase of its own', () => {
    const causes = [...new Set(events.flatMap((e) => e.causes))];
    const other = EN.ui['otherFactors'];
    expect(causes.filter((c) => describeCause(c) === other)).toEqual([]);
  });

  it('every Kremlin option has a name, a description and event texts', () => {
    for (const option of KREMLIN_OPTIONS) {
      const text = kremlinOptionText(option);
      expect(text.name, option).not.toBe(option);
      expect(text.description.endsWith('.'), option).toBe(true);
      expect(problems(`${text.name} ${text.description} ${text.headline} ${text.because}`), option).toEqual(
        [],
      );
    }
  });
});

describe('negotiation reasons in words', () => {
  const reasons = negotiationReasons([...baseline.states, ...chinaWilling.states]);

  it('the runs reach every reason code and each has a template', () => {
    const codes = [...new Set(reasons.map((r) => r.code))].sort();
    expect(codes).toEqual([
      'negotiation.counter',
      'negotiation.objects',
      'negotiation.posture',
      'negotiation.tooFar',
      'negotiation.withinTolerance',
    ]);
    expect(codes.filter((c) => !(c in EN.negotiation.reasons))).toEqual([]);
  });

  it('every rendered reason is complete', () => {
    const bad = reasons.map((r) => describeNegotiationReason(r)).filter((text) => problems(text).length > 0);
    expect([...new Set(bad)]).toEqual([]);
  });
});
