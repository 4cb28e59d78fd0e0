/**
 * scenarios/scenario.schema.json is generated from the zod schema (`npm run schema`); editors
 * read it to help authors. The committed file must match what the generator writes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  assumptionsJsonSchemaText,
  scenarioJsonSchema,
  scenarioJsonSchemaText,
} from '../../src/scenario/json-schema';

const schemaFile = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));
const assumptionsSchemaFile = fileURLToPath(
  new URL('../../scenarios/assumptions.schema.json', import.meta.url),
);

describe('scenario.schema.json', () => {
  it('is up to date with the zod schema (if not, run `npm run schema` and commit the file)', () => {
    const committed = readFileSync(schemaFile, 'utf8');
    const upToDate = committed === scenarioJsonSchemaText();
    expect(upToDate, 'scenarios/scenario.schema.json is stale: run `npm run schema`').toBe(true);
  });

  it('has a companion for assumptions.json that is up to date too', () => {
    const upToDate = readFileSync(assumptionsSchemaFile, 'utf8') === assumptionsJsonSchemaText();
    expect(upToDate, 'scenarios/assumptions.schema.json is stale: run `npm run schema`').toBe(true);
  });

  it('is draft 2020-12 and accepts a full document or an extending one', () => {
    const schema = scenarioJsonSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    const forms = schema['anyOf'] as { required: string[] }[];
    expect(forms.map((form) => form.required.includes('extends'))).toEqual([false, true]);
  });

  it('describes the fields and asks for a source or a choice on every figure', () => {
    const defs = scenarioJsonSchema()['$defs'] as Record<string, Record<string, unknown>>;
    expect(defs['SourcedNumber']?.['description']).toMatch(/unit/);
    expect(defs['SourcedNumber']?.['anyOf']).toEqual([{ required: ['source'] }, { required: ['choice'] }]);
    expect(defs['Table']?.['anyOf']).toEqual([{ required: ['source'] }, { required: ['choice'] }]);
  });
});
