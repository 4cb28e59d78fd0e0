/**
 * Building blocks of the scenario schema: the sourced value and the lookup table. Every figure in
 * a scenario carries its unit and either the sources it comes from or the modelling choice it is,
 * so that the game can always show a player where a number comes from.
 */
import { z } from 'zod';
import { expecting } from './messages';

/** Keys into scenarios/sources.json, e.g. '[39]' (a report footnote) or 'E29' (an external figure). */
export const sourceKeys = z
  .array(z.string().min(1))
  .min(1)
  .describe('Keys into scenarios/sources.json: "[39]" for a report footnote, "E29" for an external figure.');

/** Fields every sourced value and table shares: where the figure comes from and how to read it. */
const provenanceFields = {
  source: sourceKeys.exactOptional(),
  choice: z
    .string()
    .min(1)
    .describe('Why this value, when it is a modelling choice rather than a figure from a source.')
    .exactOptional(),
  note: z.string().describe('Anything a reader should know about the figure.').exactOptional(),
};

const sourceRange = z
  .tuple([z.number(), z.number()])
  .describe('The range the sources give when they disagree: [low, high].')
  .check((ctx) => {
    const [low, high] = ctx.value;
    if (low > high)
      ctx.issues.push({
        code: 'custom',
        message: `runs high to low (${low} before ${high})`,
        input: ctx.value,
      });
  });

/** The rule that makes a figure traceable: it cites a source, or says it is a choice (or both). */
function needsSourceOrChoice(ctx: z.core.ParsePayload<{ source?: unknown; choice?: unknown }>): void {
  if (ctx.value.source === undefined && ctx.value.choice === undefined) {
    ctx.issues.push({ code: 'custom', message: 'needs "source" or "choice"', input: ctx.value });
  }
}

/**
 * A figure `{ value, unit, source?, choice?, range?, note? }` whose value matches `valueSchema`.
 * Each call registers a named definition (`id`) for the JSON Schema, so call once per kind.
 */
export function sourced<T extends z.ZodType>(valueSchema: T, id: string, description: string) {
  return z
    .strictObject(
      {
        value: valueSchema,
        unit: z.string().min(1).describe('Unit of the value, e.g. "trillion RUB/quarter".'),
        range: sourceRange.exactOptional(),
        ...provenanceFields,
      },
      { error: expecting('a sourced value { value, unit, source or choice }') },
    )
    .check(needsSourceOrChoice)
    .meta({ id, description });
}

/** A plain number with provenance: most parameters. */
export const sourcedNumber = sourced(
  z.number(),
  'SourcedNumber',
  'A number with its unit and its source keys or the modelling choice it is.',
);

/** A number of 0 or more with provenance: stocks, capacities, rates, costs, caps. */
export const sourcedNonNegative = sourced(
  z.number().min(0),
  'SourcedNonNegative',
  'A number of 0 or more (a stock, a capacity, a rate, a cost, a cap) with its unit and its source keys or the modelling choice it is.',
);

/** A number above 0 with provenance: a reference the engine divides by. */
export const sourcedPositive = sourced(
  z.number().positive(),
  'SourcedPositive',
  'A number above 0 (a reference the engine divides by) with its unit and its source keys or the modelling choice it is.',
);

/** A share or probability from 0 to 1 with provenance. */
export const sourcedShare = sourced(
  z.number().min(0).max(1),
  'SourcedShare',
  'A share, fraction or probability from 0 to 1 with its unit and its source keys or the modelling choice it is.',
);

/** The kinds made so far by their range; a share is the range 0 to 1. */
const betweenKinds = new Map<string, ReturnType<typeof sourcedBetweenKind>>([['0/1', sourcedShare]]);

function sourcedBetweenKind(min: number, max: number) {
  return sourced(
    z.number().min(min).max(max),
    `SourcedNumber${min}To${max}`,
    `A number from ${min} to ${max} with its unit and its source keys or the modelling choice it is.`,
  );
}

/**
 * A number from `min` to `max` with provenance: a stock or a level that the engine's indicators
 * document inside that range. One named definition per range, made once.
 */
export function sourcedBetween(min: number, max: number) {
  const key = `${min}/${max}`;
  let kind = betweenKinds.get(key);
  if (!kind) {
    kind = sourcedBetweenKind(min, max);
    betweenKinds.set(key, kind);
  }
  return kind;
}

/** A whole number (0 or more) with provenance: levels, counts of pressures. */
export const sourcedCount = sourced(
  z.int().min(0),
  'SourcedCount',
  'A whole number (0 or more) with its unit and its source keys or the modelling choice it is.',
);

/** A list of numbers with provenance: tolerances by posture level and similar per-level figures. */
export const sourcedList = sourced(
  z.array(z.number()).min(1),
  'SourcedList',
  'A list of numbers with its unit and its source keys or the modelling choice it is.',
);

/** Checks that table x values increase strictly, naming the first pair that does not. */
function xIncreasing(ctx: z.core.ParsePayload<readonly (readonly [number, number])[]>): void {
  const points = ctx.value;
  for (let i = 1; i < points.length; i++) {
    const previous = points[i - 1]?.[0] ?? 0;
    const x = points[i]?.[0] ?? 0;
    if (!(x > previous)) {
      ctx.issues.push({
        code: 'custom',
        message: `x values must increase (${x} after ${previous})`,
        input: points,
      });
      return;
    }
  }
}

/**
 * A piecewise-linear lookup table `{ points: [x, y][], xUnit, yUnit, source?, choice?, note? }`
 * whose y values match `y`. Each call registers a named definition (`id`), so call once per kind.
 */
function tableOf(y: z.ZodNumber, id: string, description: string) {
  return z
    .strictObject(
      {
        points: z
          .array(z.tuple([z.number(), y]))
          .min(1)
          .check(xIncreasing)
          .describe(
            '[x, y] pairs with x strictly increasing; between points y is interpolated, beyond the ends it holds.',
          ),
        xUnit: z.string().min(1).describe('What x measures, e.g. "quarter index (0 = Q1 2025)".'),
        yUnit: z.string().min(1).describe('What y measures.'),
        ...provenanceFields,
      },
      { error: expecting('a table { points, xUnit, yUnit, source or choice }') },
    )
    .check(needsSourceOrChoice)
    .meta({ id, description });
}

/** A lookup table of any y values: changes that may go either way. */
export const table = tableOf(
  z.number(),
  'Table',
  'A piecewise-linear curve read by the engine, with its units and its sources or modelling choice.',
);

/** A lookup table whose y values are 0 or more: prices, shipments, multiples. */
export const nonNegativeTable = tableOf(
  z.number().min(0),
  'NonNegativeTable',
  'A piecewise-linear curve of values of 0 or more (prices, shipments, multiples), with its units and its sources or modelling choice.',
);

/** A lookup table whose y values are shares from 0 to 1. */
export const shareTable = tableOf(
  z.number().min(0).max(1),
  'ShareTable',
  'A piecewise-linear curve of shares from 0 to 1, with its units and its sources or modelling choice.',
);

/** A non-empty line of text: names, labels, summaries. */
export const text = z.string().min(1);

/** Ids that also name files and appear in URLs: lower-case words joined by hyphens. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .describe('Lower-case words joined by hyphens, the file name without .json, e.g. "baseline-2025".');
