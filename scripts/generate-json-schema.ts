/**
 * `npm run schema`: writes scenarios/scenario.schema.json from the zod schema of scenario files.
 * A test fails when the committed file differs from what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../src/scenario/json-schema';

const target = fileURLToPath(new URL('../scenarios/scenario.schema.json', import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
