/**
 * Builds a LoadedScenario from a shipped file without validating it again. The shipped scenarios,
 * the bibliography and the assumptions are validated by the test suite (tests/scenario), which
 * also proves this path gives exactly what the validating loader gives; so the browser can skip
 * the schema library and load faster. Files from elsewhere (the CLI's --scenario PATH) always go
 * through parseScenario.
 */
import { applyExtension, isPlainObject } from './merge';
import { collectProvenance } from './provenance';
import type { LoadedScenario, ScenarioRoles, SourceRegistry } from './types';
import { toParams } from './unwrap';

type JsonObject = Record<string, unknown>;

/** Follows `extends` to a full document, as the loader does after validating each step. */
export function resolveTrusted(doc: JsonObject, base: (id: string) => unknown): JsonObject {
  const baseId = doc['extends'];
  if (typeof baseId !== 'string') return doc;
  const baseDoc = base(baseId);
  if (!isPlainObject(baseDoc)) throw new Error(`Unknown base scenario "${baseId}".`);
  return applyExtension(resolveTrusted(baseDoc, base), doc);
}

/** A shipped scenario as the game uses it: parameters, provenance and teaching material. */
export function loadTrusted(
  doc: JsonObject,
  sources: SourceRegistry,
  base: (id: string) => unknown,
): LoadedScenario {
  const full = resolveTrusted(doc, base);
  const document: JsonObject = { ...full, injects: full['injects'] ?? [] };
  return {
    id: String(document['id']),
    name: String(document['name']),
    version: String(document['version']),
    description: String(document['description']),
    dataVintage: String(document['dataVintage']),
    params: toParams(document),
    provenance: collectProvenance(document),
    sources,
    briefing: (document['briefing'] as string[] | undefined) ?? [],
    learningGoals: (document['learningGoals'] as string[] | undefined) ?? [],
    discussionPrompts: (document['discussionPrompts'] as string[] | undefined) ?? [],
    roles: (document['roles'] as ScenarioRoles | undefined) ?? null,
  };
}
