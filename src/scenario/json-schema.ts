/**
 * The JSON Schema of scenario files (scenarios/scenario.schema.json), generated from the zod
 * schema so that editors complete field names and flag typos while an author types, and the two
 * can never drift apart. Rules JSON Schema cannot state (x values increasing, levels in order)
 * are still checked by the loader.
 */
import { z } from 'zod';
import { assumptionsFileSchema } from './assumptions-schema';
import { scenarioDocumentSchema, scenarioExtendsSchema } from './schema';

/** Builds the draft 2020-12 JSON Schema of a scenario file: a full document or an extending one. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const file = z.union([scenarioDocumentSchema, scenarioExtendsSchema]).meta({
    title: 'Leverage scenario file',
    description:
      'A scenario of the Leverage wargame: every figure with its unit and its sources (keys into ' +
      'sources.json) or the modelling choice it is. Either a complete document, or one that ' +
      '"extends" another scenario with "overrides".',
  });
  return z.toJSONSchema(file, {
    target: 'draft-2020-12',
    override: ({ jsonSchema }) => {
      // The source-or-choice rule of sourced values and tables, so editors flag it too.
      const properties = jsonSchema.properties ?? {};
      if ('source' in properties && 'choice' in properties) {
        jsonSchema.anyOf = [{ required: ['source'] }, { required: ['choice'] }];
      }
    },
  });
}

/** The schema file's text exactly as `npm run schema` writes it. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

/** The JSON Schema of scenarios/assumptions.json, for editors; cross-references are checked by the loader. */
export function assumptionsJsonSchemaText(): string {
  const schema = z.toJSONSchema(
    assumptionsFileSchema.meta({
      title: 'Leverage assumptions',
      description:
        "What the report's sources disagree on, each with options that override scenario parameters " +
        'by their dotted path, and the presets that serve as difficulty.',
    }),
    { target: 'draft-2020-12' },
  );
  return `${JSON.stringify(schema, null, 2)}\n`;
}
