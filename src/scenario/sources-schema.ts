/**
 * The bibliography file, scenarios/sources.json: the report's footnotes and the external figures
 * that scenario parameters cite by key. Strict like the scenario schema, so a misspelt field in an
 * entry is caught rather than silently dropped.
 */
import { z } from 'zod';
import { plainWords, toScenarioErrors } from './messages';
import type { ScenarioError, SourceEntry, SourceRegistry } from './types';

const sourceEntrySchema = z.strictObject({
  kind: z.enum(['report-footnote', 'external']),
  title: z.string().min(1),
  citation: z.string().min(1),
  urls: z.array(z.string().min(1)),
  observedAfterReport: z
    .boolean()
    .describe('True for figures observed after 19 February 2025: used to validate, not to set the start.')
    .exactOptional(),
} satisfies Record<keyof SourceEntry, z.ZodType>);

/** The whole bibliography file: `{ "$comment"?, "sources": { key: entry } }`. */
export const sourcesFileSchema = z.strictObject({
  $schema: z.string().exactOptional(),
  $comment: z.string().exactOptional(),
  sources: z.record(z.string().min(1), sourceEntrySchema),
});

/** The bibliography, or every problem found in it, with `file` naming the file in each error. */
export function parseSources(
  raw: unknown,
  file: string,
): { ok: true; sources: SourceRegistry } | { ok: false; errors: ScenarioError[] } {
  const result = sourcesFileSchema.safeParse(raw, { reportInput: true, error: plainWords });
  if (result.success) return { ok: true, sources: result.data.sources };
  return { ok: false, errors: toScenarioErrors(result.error.issues, file) };
}
