/**
 * The scenario loader: raw JSON in, a typed and validated scenario out, or every problem found,
 * each naming the file, the field and what was expected. It never throws, so the game can show
 * the errors and the CLI can print them instead of crashing on a bad file.
 */
import { parseJsonText } from './json-syntax';
import { applyExtension, isPlainObject, locateInOverrides } from './merge';
import { describeValue, formatPath, plainWords, toScenarioErrors } from './messages';
import { collectProvenance } from './provenance';
import {
  SCHEMA_VERSION,
  scenarioDocumentSchema,
  scenarioExtendsSchema,
  type ScenarioDocument,
} from './schema';
import type { ScenarioError, ScenarioResult, SourceRegistry } from './types';
import { toParams } from './unwrap';

/** What the loader needs besides the document. */
export interface ParseScenarioOptions {
  /** Name of the file, for error messages: 'baseline-2025.json'. */
  readonly file: string;
  /** The bibliography that source keys must exist in. */
  readonly sources: SourceRegistry;
  /** Raw document of a base scenario by id, for files that `extends` one; undefined when unknown. */
  readonly resolveBase?: (id: string) => unknown;
}

type Path = readonly PropertyKey[];
type Locate = (path: Path) => Path;
type Failure = { ok: false; errors: ScenarioError[] };
type Resolved = { ok: true; document: Record<string, unknown>; locate: Locate } | Failure;

const asIs: Locate = (path) => path;

const failure = (file: string, path: string, message: string): Failure => ({
  ok: false,
  errors: [{ file, path, message }],
});

/** Validates a raw scenario (full or extending) and builds its parameters and provenance. Never throws. */
export function parseScenario(raw: unknown, options: ParseScenarioOptions): ScenarioResult {
  try {
    const resolved = resolveDocument(raw, options, []);
    if (!resolved.ok) return resolved;
    const { file, sources } = options;
    const checked = validateFull(resolved.document, file, resolved.locate);
    if (!checked.ok) return checked;
    const document = checked.document;
    const unknownSources = unknownSourceKeys(document, sources).map(({ path, cited }) => ({
      file,
      path: formatPath(resolved.locate(path)),
      message: `unknown source "${cited}"`,
    }));
    if (unknownSources.length > 0) return { ok: false, errors: unknownSources };
    return {
      ok: true,
      scenario: {
        id: document.id,
        name: document.name,
        version: document.version,
        description: document.description,
        dataVintage: document.dataVintage,
        params: toParams(document),
        provenance: collectProvenance(document),
        sources: options.sources,
        briefing: document.briefing ?? [],
        learningGoals: document.learningGoals ?? [],
        discussionPrompts: document.discussionPrompts ?? [],
        roles: document.roles ?? null,
      },
    };
  } catch (error) {
    // A safety net for the boundary: a loader bug must still reach the author as an error line.
    return failure(
      options.file,
      '',
      `could not be checked (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** Parses scenario JSON text, reporting a syntax error with its line and column. Never throws. */
export function parseScenarioJson(text: string, options: ParseScenarioOptions): ScenarioResult {
  const parsed = parseJsonText(text);
  return parsed.ok ? parseScenario(parsed.value, options) : failure(options.file, '', parsed.message);
}

/** One line per error: `file: path: message` (`file: message` for the whole file). */
export function formatScenarioErrors(errors: readonly ScenarioError[]): string {
  return errors
    .map((e) => (e.path === '' ? `${e.file}: ${e.message}` : `${e.file}: ${e.path}: ${e.message}`))
    .join('\n');
}

/** Checks the top level and the schema version, then follows `extends` to a full document. */
function resolveDocument(raw: unknown, options: ParseScenarioOptions, chain: readonly string[]): Resolved {
  const { file } = options;
  if (!isPlainObject(raw)) {
    return failure(
      file,
      '',
      `expected a scenario object { "schemaVersion": 1, … } at the top level, got ${describeValue(raw)}`,
    );
  }
  const version = raw['schemaVersion'];
  if (version !== SCHEMA_VERSION) {
    const message =
      version === undefined
        ? `missing (expected ${SCHEMA_VERSION})`
        : `unsupported schema version ${describeValue(version)}: this game reads schemaVersion ${SCHEMA_VERSION}`;
    return failure(file, 'schemaVersion', message);
  }
  if (!Object.hasOwn(raw, 'extends')) return { ok: true, document: raw, locate: asIs };

  const extension = scenarioExtendsSchema.safeParse(raw, { reportInput: true, error: plainWords });
  if (!extension.success) return { ok: false, errors: toScenarioErrors(extension.error.issues, file) };
  const { id, extends: baseId } = extension.data;
  if (chain.includes(baseId) || baseId === id) {
    return failure(file, 'extends', `circular: ${[...chain, id, baseId].join(' extends ')}`);
  }
  const baseRaw = options.resolveBase?.(baseId);
  if (baseRaw === undefined) return failure(file, 'extends', `unknown base scenario "${baseId}"`);

  const baseOptions = { ...options, file: `${baseId} (base of ${file})` };
  const base = resolveDocument(baseRaw, baseOptions, [...chain, id]);
  if (!base.ok) return base;
  const baseChecked = validateFull(base.document, baseOptions.file);
  if (!baseChecked.ok) return baseChecked;
  const overrides = raw['overrides'];
  return {
    ok: true,
    document: applyExtension(base.document, raw),
    locate: (path) => locateInOverrides(overrides, path),
  };
}

/** Validates a complete document against the strict schema. */
function validateFull(
  document: Record<string, unknown>,
  file: string,
  locate: Locate = asIs,
): { ok: true; document: ScenarioDocument } | Failure {
  const result = scenarioDocumentSchema.safeParse(document, { reportInput: true, error: plainWords });
  return result.success
    ? { ok: true, document: result.data }
    : { ok: false, errors: toScenarioErrors(result.error.issues, file, locate) };
}

/** Every `source` / `sources` key of a validated document that the bibliography does not have. */
function unknownSourceKeys(
  document: ScenarioDocument,
  registry: SourceRegistry,
): { path: Path; cited: string }[] {
  const found: { path: Path; cited: string }[] = [];
  const walk = (x: unknown, path: Path): void => {
    if (Array.isArray(x)) {
      x.forEach((item, i) => walk(item, [...path, i]));
      return;
    }
    if (!isPlainObject(x)) return;
    for (const [key, value] of Object.entries(x)) {
      if ((key === 'source' || key === 'sources') && Array.isArray(value)) {
        value.forEach((cited, i) => {
          if (typeof cited === 'string' && !Object.hasOwn(registry, cited))
            found.push({ path: [...path, key, i], cited });
        });
      } else {
        walk(value, [...path, key]);
      }
    }
  };
  walk(document, []);
  return found;
}
