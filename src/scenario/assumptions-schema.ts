/**
 * Schema of scenarios/assumptions.json: what the report's sources disagree on (tank production,
 * loss counts, casualty rates, real inflation, the North Korean dud rate, how strongly aid raises
 * Russian losses), each with its options and the scenario parameters an option overrides, and the
 * presets that serve as difficulty levels. Strict, with the cross-references checked: a preset
 * may only name assumptions and options that exist.
 */
import { z } from 'zod';
import { plainWords, toScenarioErrors } from './messages';
import { kebabId, sourceKeys, text } from './schema-parts';
import type { ScenarioError } from './types';

/** A lookup table as the engine reads it: [x, y] points. */
const tablePoints = z.array(z.tuple([z.number(), z.number()])).min(1);

/** Dotted ScenarioParams path → the number or table it takes under this option. */
const overrides = z
  .record(
    z.string().regex(/^[A-Za-z]+(\.[A-Za-z0-9]+)+$/, 'a dotted parameter path'),
    z.union([z.number(), tablePoints]),
  )
  .refine((o) => Object.keys(o).length > 0, 'needs at least one override');

const option = z.strictObject({
  id: kebabId,
  label: text.describe('What the option says, with its figure: "IISS: 60–90 a year (15 a quarter)".'),
  sources: z.array(z.string().min(1)).describe('Source keys in the bibliography.'),
  overrides,
});

const assumption = z
  .strictObject({
    id: kebabId,
    name: text,
    question: text.describe('The question the sources answer differently.'),
    description: text.describe('Who says what, and how the answer maps onto the model.'),
    unit: text,
    range: z.tuple([z.number(), z.number()]).describe('[low, high] across the sources.'),
    sources: sourceKeys,
    centralOption: kebabId.describe("Id of the option that is the report's central value."),
    options: z.array(option).min(2),
  })
  .check((ctx) => {
    const ids = ctx.value.options.map((o) => o.id);
    if (!ids.includes(ctx.value.centralOption))
      ctx.issues.push({
        code: 'custom',
        path: ['centralOption'],
        message: `names no option of this assumption (options: ${ids.join(', ')})`,
        input: ctx.value.centralOption,
      });
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i)
        ctx.issues.push({
          code: 'custom',
          path: ['options', i, 'id'],
          message: `duplicate option id "${id}"`,
          input: id,
        });
    });
  });

const preset = z.strictObject({
  id: kebabId,
  name: text,
  description: text,
  choices: z.record(kebabId, kebabId).describe('Assumption id → option id; {} = the scenario’s own values.'),
});

/** The whole file, with presets checked against the assumptions they name. */
export const assumptionsFileSchema = z
  .strictObject({
    $schema: z.string().describe('Path to assumptions.schema.json, for editors.').exactOptional(),
    $comment: z.string().exactOptional(),
    assumptions: z.array(assumption).min(1),
    presets: z.array(preset).min(1),
  })
  .check((ctx) => {
    const byId = new Map(ctx.value.assumptions.map((a) => [a.id, a]));
    ctx.value.assumptions.forEach((a, i) => {
      if (ctx.value.assumptions.findIndex((b) => b.id === a.id) !== i)
        ctx.issues.push({
          code: 'custom',
          path: ['assumptions', i, 'id'],
          message: `duplicate assumption id "${a.id}"`,
          input: a.id,
        });
    });
    ctx.value.presets.forEach((p, i) => {
      for (const [assumptionId, optionId] of Object.entries(p.choices)) {
        const found = byId.get(assumptionId);
        const message = !found
          ? `unknown assumption "${assumptionId}"`
          : found.options.some((o) => o.id === optionId)
            ? null
            : `unknown option "${optionId}" (options: ${found.options.map((o) => o.id).join(', ')})`;
        if (message)
          ctx.issues.push({
            code: 'custom',
            path: ['presets', i, 'choices', assumptionId],
            message,
            input: optionId,
          });
      }
    });
  });

/** A validated assumptions file. */
export type AssumptionsFile = z.infer<typeof assumptionsFileSchema>;

/** Validates an assumptions file; every problem names its path, in plain words. Never throws. */
export function parseAssumptions(
  raw: unknown,
  file: string,
): { ok: true; file: AssumptionsFile } | { ok: false; errors: ScenarioError[] } {
  const result = assumptionsFileSchema.safeParse(raw, { reportInput: true, error: plainWords });
  return result.success
    ? { ok: true, file: result.data }
    : { ok: false, errors: toScenarioErrors(result.error.issues, file) };
}
