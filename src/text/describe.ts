/**
 * Report events, causes, negotiation reasons and Kremlin options in words. Pure functions over
 * the text catalogue: they pick a template (and the first variant whose condition holds), add a
 * few values derived from the event (cause phrases, threshold names, the posture's name) and
 * fill the placeholders. Nothing here throws: an unknown code gets a safe generic text.
 */
import type { KremlinOption, NegotiationReason, OverrideTarget, ReportEvent } from '../engine';
import { currentCatalogue, type EventTemplate, type TextCatalogue, type VariantCondition } from './catalogue';
import { interpolate, joinPhrases } from './format';
import { quarterTextIn } from './indicators';
import { overrideTargetText } from './workshop';

/** A report event in words: a newspaper headline and the "because" line that explains it. */
export interface EventText {
  readonly headline: string;
  readonly because: string;
}

/** A Kremlin option in words: its name, what it does and costs, and its event texts. */
export interface KremlinOptionText extends EventText {
  readonly name: string;
  readonly description: string;
}

type Values = Readonly<Record<string, number | string>>;

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** A short phrase for a cause code such as 'policy.aid' or 'threshold.T2'; never throws. */
export function describeCause(code: string, catalogue: TextCatalogue = currentCatalogue()): string {
  if (has(catalogue.causes, code)) return catalogue.causes[code]!;
  const dot = code.indexOf('.');
  const kind = code.slice(0, dot);
  const name = code.slice(dot + 1);
  if (kind === 'indicator' && has(catalogue.indicators, name)) {
    return catalogue.indicators[name as keyof TextCatalogue['indicators']].label;
  }
  const kremlin = catalogue.events[`kremlin.${name}`];
  if (kind === 'kremlin' && kremlin?.name !== undefined) return kremlin.name;
  const threshold = catalogue.thresholds[name];
  if (kind === 'threshold' && threshold) return `${name} ${threshold.name}`;
  return catalogue.ui['otherFactors'] ?? '';
}

/** Whether a variant's condition holds for an event. */
function matches(when: VariantCondition, event: ReportEvent): boolean {
  if (when.cause !== undefined && !event.causes.includes(when.cause)) return false;
  if (when.key === undefined) return true;
  const value = event.values[when.key];
  if (value === undefined) return false;
  if (when.equals !== undefined && value !== when.equals) return false;
  if (when.below !== undefined && !(typeof value === 'number' && value < when.below)) return false;
  if (when.above !== undefined && !(typeof value === 'number' && value > when.above)) return false;
  return true;
}

/** The texts of a template after its variants: for each field, the first matching variant that gives it. */
function resolve(template: EventTemplate, event: ReportEvent): EventText {
  let headline: string | undefined;
  let because: string | undefined;
  for (const variant of template.variants ?? []) {
    if (!matches(variant.when, event)) continue;
    headline ??= variant.headline;
    because ??= variant.because;
  }
  return { headline: headline ?? template.headline, because: because ?? template.because };
}

/**
 * A Kremlin option a person chose in the hot seat (cause 'kremlin.player'): the headline stays, the
 * "because" says who decided and what the option does, since the rules' reasons did not apply.
 */
function byPlayer(template: EventTemplate, event: ReportEvent, catalogue: TextCatalogue): EventText | null {
  const line = catalogue.ui['kremlinPlayerBecause'];
  if (!event.causes.includes('kremlin.player') || template.description === undefined || !line) return null;
  const headline = resolve(template, event).headline;
  return { headline, because: line.replace('{description}', template.description) };
}

/** Values the templates may use beyond the engine's: phrases built from causes, ids and levels. */
function derivedValues(event: ReportEvent, catalogue: TextCatalogue): Record<string, string> {
  const ui = catalogue.ui;
  const and = ui['and'] ?? 'and';
  const phrases = event.causes.map((c) => describeCause(c, catalogue));
  const causeList = phrases.length > 0 ? joinPhrases(phrases, and) : (ui['severalFactors'] ?? '');
  const derived: Record<string, string> = {
    causeList,
    categoryLabel: catalogue.categories[event.category] ?? event.category,
  };
  const { thresholds, reason, posture, id, target } = event.values;
  // An override names the field it set in words ('Western cohesion'), not by its code.
  if (typeof target === 'string') derived['targetLabel'] = overrideTargetText(target as OverrideTarget).label;
  if (typeof thresholds === 'string') {
    const ids = thresholds.split(',').map((t) => t.trim());
    derived['thresholdNames'] = joinPhrases(
      ids.filter((t) => t !== '').map((t) => describeCause(`threshold.${t}`, catalogue)),
      and,
    );
  }
  if (typeof reason === 'string') derived['reasonText'] = describeCause(`posture.${reason}`, catalogue);
  if (typeof posture === 'number') {
    derived['postureName'] =
      catalogue.postureLevels[posture] ?? interpolate(ui['postureLevel'] ?? '{level}', { level: posture });
  }
  if (typeof id === 'string') {
    const text = catalogue.thresholds[id];
    derived['thresholdOn'] = text?.on ?? interpolate(ui['thresholdOnFallback'] ?? '', { causeList });
    derived['thresholdOff'] = text?.off ?? interpolate(ui['thresholdOffFallback'] ?? '', { causeList });
  }
  return derived;
}

/**
 * A report event as a headline and a "because" line, with the event's values filled in
 * (thousands separators, fire ratios as '1.5:1'). An unknown code gets a generic text built
 * from its category and causes; the function never throws.
 */
export function describeEvent(event: ReportEvent, catalogue: TextCatalogue = currentCatalogue()): EventText {
  const template = has(catalogue.events, event.code) ? catalogue.events[event.code]! : catalogue.generic;
  const texts = byPlayer(template, event, catalogue) ?? resolve(template, event);
  const values: Values = { ...event.values, ...derivedValues(event, catalogue) };
  // Quarter labels in values ('2025-Q2') are written the game's way ('Q2 2025').
  return {
    headline: quarterTextIn(interpolate(texts.headline, values, catalogue.valueFormats), catalogue),
    because: quarterTextIn(interpolate(texts.because, values, catalogue.valueFormats), catalogue),
  };
}

/** Whether the catalogue has its own texts for an event code (rather than the generic ones). */
export function hasEventText(code: string, catalogue: TextCatalogue = currentCatalogue()): boolean {
  return has(catalogue.events, code);
}

/** One of the Kremlin's reasons for its answer to a proposal, as a sentence. */
export function describeNegotiationReason(
  reason: NegotiationReason,
  catalogue: TextCatalogue = currentCatalogue(),
): string {
  const reasons = catalogue.negotiation.reasons;
  const template = has(reasons, reason.code) ? reasons[reason.code]! : catalogue.negotiation.unknownReason;
  return interpolate(template, reason.values, catalogue.valueFormats);
}

/** The label of the Kremlin's answer: 'Accepted', 'Rejected' or 'Counter-offer'. */
export function negotiationResponseLabel(
  response: 'accept' | 'reject' | 'counter',
  catalogue: TextCatalogue = currentCatalogue(),
): string {
  return catalogue.negotiation.responses[response];
}

/** A Kremlin option's name, description and event texts (the event texts without values filled). */
export function kremlinOptionText(
  option: KremlinOption,
  catalogue: TextCatalogue = currentCatalogue(),
): KremlinOptionText {
  const event = catalogue.events[`kremlin.${option}`];
  const causeless = describeEvent(
    { code: `kremlin.${option}`, category: 'kremlin', severity: 'info', values: {}, causes: [], sources: [] },
    catalogue,
  );
  return {
    name: event?.name ?? option,
    description: event?.description ?? '',
    headline: causeless.headline,
    because: causeless.because,
  };
}
