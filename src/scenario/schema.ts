/**
 * The scenario document: a strict schema (unknown keys are errors, to catch typos) for files like
 * scenarios/baseline-2025.json, and for the short form that extends another scenario with
 * overrides. Structural rules that span fields (levels in order, one tolerance per posture level,
 * unique ids) are checked on the whole document.
 */
import { z } from 'zod';
import { injectsSchema } from './inject-schema';
import { INDICATOR_RANGES, type ScenarioParams } from '../engine';
import { expectedGot } from './messages';
import {
  kebabId,
  sourceKeys,
  sourcedCount,
  sourcedList,
  sourcedNonNegative as nonNeg,
  sourcedNumber as n,
  sourcedShare as share,
  text,
} from './schema-parts';
import * as sections from './schema-sections';
import type { Shape } from './schema-sections';
import { checkStructure } from './schema-structure';
import { TEACHING_FIELDS } from './metadata-schema';

/** The only scenario schema version this build reads. */
export const SCHEMA_VERSION = 1;

/** Names of the engine's indicators, the metrics a threshold condition may watch. */
export const INDICATOR_NAMES = Object.keys(INDICATOR_RANGES) as [string, ...string[]];

type Posture = ScenarioParams['posture'];
type Negotiation = ScenarioParams['negotiation'];

const metric = z.enum(INDICATOR_NAMES, {
  error: (issue) =>
    typeof issue.input === 'string'
      ? `unknown indicator ${JSON.stringify(issue.input)} (expected an Indicators field such as "nwfLiquidTrnRub")`
      : expectedGot('an indicator name', issue.input),
});

const condition = z
  .strictObject({
    metric: metric.describe('The Indicators field this condition watches.'),
    direction: z
      .enum(['below', 'above'])
      .describe("'below': active when metric < start, released above stop."),
    start: n,
    stop: n,
    quarters: sections.sourcedPositiveCount,
  } satisfies Shape<Posture['thresholds'][number]['conditions'][number]>)
  .meta({ id: 'ThresholdCondition', description: 'A metric crossing a value, with hysteresis.' });

const threshold = z
  .strictObject({
    id: text,
    name: text,
    kind: z.enum(['material', 'belief']),
    conditions: z.array(condition).min(1),
    reportBasis: text.describe("The report's sentence or footnote this threshold encodes."),
    sources: sourceKeys,
  } satisfies Shape<Posture['thresholds'][number]>)
  .meta({
    id: 'Threshold',
    description: 'A pressure on the posture (T1–T8), active when any of its conditions is.',
  });

const postureLevel = z
  .strictObject({
    level: z.int().min(0).describe('0, 1, 2 … in order.'),
    name: text,
    summary: text,
    pressuresRequired: sourcedCount,
    beliefBelow: share,
  } satisfies Shape<Posture['levels'][number]>)
  .meta({
    id: 'PostureLevel',
    description: "One level of Putin's negotiating posture and what it takes to move up to it.",
  });

const termOption = z
  .strictObject({
    id: text,
    label: text,
    kremlinCost: nonNeg,
    acceptabilityUs: share,
    acceptabilityUkraine: share,
    acceptabilityEurope: share,
  } satisfies Shape<Negotiation['terms'][number]['options'][number]>)
  .meta({
    id: 'TermOption',
    description:
      'One option of a negotiable term: its cost to the Kremlin and acceptability (0–1) to each party.',
  });

const term = z
  .strictObject({
    id: text,
    name: text,
    options: z.array(termOption).min(1).describe('Options, most favourable to Russia first.'),
  } satisfies Shape<Negotiation['terms'][number]>)
  .meta({ id: 'Term', description: 'A negotiable term with its options.' });

/** The shapes of the document's sections: objects that an extending scenario merges into by key. */
const SECTION_SHAPES = {
  start: { year: z.int().min(1900).max(2200), quarter: z.int().min(1).max(4).describe('1–4.') },
  policy: sections.policySection,
  initial: sections.initialSection,
  equipment: sections.equipmentSection,
  ammunition: sections.ammunitionSection,
  battlefield: sections.battlefieldSection,
  manpower: sections.manpowerSection,
  economy: sections.economySection,
  west: sections.westSection,
  kremlin: sections.kremlinSection,
  posture: {
    levels: z
      .array(postureLevel)
      .min(1)
      .max(INDICATOR_RANGES.posture[1] + 1)
      .describe("Putin's negotiating posture, level 0 (maximalist) upwards."),
    thresholds: z
      .array(threshold)
      .max(INDICATOR_RANGES.activePressures[1])
      .describe('Pressures T1–T8 on the posture.'),
    retreatAidBelowFraction: nonNeg,
    retreatQuarters: sourcedCount,
    retreatBeliefAbove: share,
  } satisfies Shape<Posture>,
  negotiation: {
    terms: z.array(term),
    toleranceByPosture: sourcedList,
    counterOfferMargin: nonNeg,
    scoreWeightUs: nonNeg,
    scoreWeightUkraine: nonNeg,
    scoreWeightEurope: nonNeg,
    scorePenaltyPerQuarter: nonNeg,
    scorePenaltyPerHundredBnEurAid: nonNeg,
    horizonScorePerPostureLevel: nonNeg,
    horizonScorePerCohesionPoint: nonNeg,
  } satisfies Shape<Negotiation>,
};

type SectionShapes = typeof SECTION_SHAPES;

/** Builds one strict object per section; `partial` makes every field optional, for overrides. */
function strictSections<P extends boolean>(
  partial: P,
): {
  [K in keyof SectionShapes]: P extends true ? z.ZodType : z.ZodObject<SectionShapes[K], z.core.$strict>;
} {
  const entries = Object.entries(SECTION_SHAPES).map(([key, shape]) => {
    const schema = z.strictObject(shape);
    return [key, partial ? schema.partial() : schema];
  });
  return Object.fromEntries(entries) as never;
}

/** Every section of the document below the metadata. */
const SECTIONS = {
  horizonQuarters: sections.sourcedPositiveCount,
  ...strictSections(false),
  injects: injectsSchema.default([]),
};

/** Fields that describe a scenario file rather than the simulation. */
const METADATA = {
  $schema: z.string().describe('Path to scenario.schema.json, for editors.').exactOptional(),
  schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of this file format.'),
  id: kebabId,
  version: text.describe('Version of this scenario, e.g. "1.0.0".'),
  name: text.describe('Title shown on the scenario menu.'),
  description: text.describe('What this scenario assumes, for the briefing.'),
  dataVintage: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('ISO date of the figures, e.g. "2025-02-19".'),
  ...TEACHING_FIELDS,
};

/** A complete scenario document. */
export const scenarioDocumentSchema = z
  .strictObject({ ...METADATA, ...SECTIONS })
  .check((ctx) =>
    checkStructure(ctx.value, (path, message) =>
      ctx.issues.push({ code: 'custom', path: [...path], message, input: ctx.value }),
    ),
  )
  .meta({ title: 'Leverage scenario', description: 'A complete scenario: every figure the engine reads.' });

/** The overrides of an extending scenario: any part of the sections, merged into the base by key. */
const overridesSchema = z
  .strictObject({
    horizonQuarters: sections.sourcedPositiveCount,
    ...strictSections(true),
    injects: injectsSchema.describe(
      "Injects merge by id: one with a base inject's id replaces it, the others are added after the base's.",
    ),
  })
  .partial()
  .describe(
    'Any part of the sections of the base. Objects merge by key; lists, sourced values and tables replace; injects merge by id.',
  );

/** A scenario that extends another: the base document with `overrides` merged in. */
export const scenarioExtendsSchema = z
  .strictObject({
    ...METADATA,
    extends: kebabId.describe('Id of the scenario this one starts from.'),
    overrides: overridesSchema,
  })
  .meta({
    title: 'Leverage scenario (extends another)',
    description: 'A base scenario with some figures changed.',
  });

/** A validated complete scenario document. */
export type ScenarioDocument = z.infer<typeof scenarioDocumentSchema>;
/** A validated extending scenario, before merging. */
export type ScenarioExtension = z.infer<typeof scenarioExtendsSchema>;
