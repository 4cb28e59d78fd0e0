/**
 * `npm run schema`: writes scenarios/scenario.schema.json and scenarios/assumptions.schema.json
 * from the zod schemas of those files. A test fails when a committed file differs from what this
 * script writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assumptionsJsonSchemaText, scenarioJsonSchemaText } from '../src/scenario/json-schema';

const files: readonly (readonly [string, () => string])[] = [
  ['scenario.schema.json', scenarioJsonSchemaText],
  ['assumptions.schema.json', assumptionsJsonSchemaText],
];
for (const [name, text] of files) {
  const target = fileURLToPath(new URL(`../scenarios/${name}`, import.meta.url));
  writeFileSync(target, text());
  console.log(`wrote ${target}`);
}
