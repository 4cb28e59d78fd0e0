/**
 * Layer rules for src/, as pure functions over source text so that they can be tested on
 * small fake sources as well as on the real tree. The layer of a file is the first folder
 * under src/; src/main.ts is the composition root and may import anything.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/** One import found in a source file. */
export interface ImportRef {
  /** The specifier as written, e.g. `'../engine/types'` or `'phaser'`. */
  readonly specifier: string;
  /** True for `import type`, `export type` and `import('x').T` in a type position. */
  readonly typeOnly: boolean;
  /** Which syntax produced it. */
  readonly kind: 'import' | 'export' | 'dynamic' | 'require' | 'import-type';
}

/** A forbidden edge or a forbidden call, ready to print as `file -> import (rule)`. */
export interface Violation {
  /** Repository-relative path with forward slashes, e.g. `src/ui/gauge.ts`. */
  readonly file: string;
  /** The specifier, or the forbidden expression for engine purity checks. */
  readonly target: string;
  /** Why it is forbidden, in words a reader can act on. */
  readonly rule: string;
}

/** Where an import points, once the specifier is classified. */
export type ImportTarget =
  | { readonly type: 'layer'; readonly layer: string; readonly path: string }
  | { readonly type: 'file'; readonly path: string }
  | { readonly type: 'package'; readonly name: string }
  | { readonly type: 'builtin'; readonly name: string }
  | { readonly type: 'unresolved' };

/** What a layer may import; its own layer is always allowed. */
export interface LayerRule {
  /** Layers whose modules may be imported with runtime (value) imports. */
  readonly layers: readonly string[];
  /** Layers that may only be imported with `import type` / `export type`. */
  readonly typeOnlyLayers: readonly string[];
  /** npm package names (any subpath of them is allowed too). */
  readonly packages: readonly string[];
  /** Whether Node built-ins (`fs`, `node:path` ...) are allowed. */
  readonly nodeBuiltins: boolean;
  /** Repository-relative folders outside src/ whose JSON files may be imported. */
  readonly jsonFolders: readonly string[];
  /** True for the composition root, which may import anything. */
  readonly anything: boolean;
  /** Layers (among `layers`) that may be imported only through their public entry, `src/<layer>/index.ts`. */
  readonly entryOnlyLayers?: readonly string[];
}

const none: LayerRule = {
  layers: [],
  typeOnlyLayers: [],
  packages: [],
  nodeBuiltins: false,
  jsonFolders: [],
  anything: false,
};

/**
 * The table of who may import whom. Layer `main` is the file src/main.ts.
 * Keep this in step with ARCHITECTURE.md; a new folder under src/ needs a row here.
 */
export const LAYER_RULES: Readonly<Record<string, LayerRule>> = {
  main: { ...none, anything: true },
  engine: none,
  // scenarios/*.json is the data this layer exists to validate.
  scenario: { ...none, layers: ['engine', 'text'], packages: ['zod'], jsonFolders: ['scenarios'] },
  // fflate compresses share codes (src/state/share/share-code.ts). No text: the state returns
  // codes and values (messages), and the screens word them with the text layer.
  state: { ...none, layers: ['engine', 'scenario'], packages: ['zustand', 'immer', 'fflate'] },
  // assets/**/*.json: data the widgets draw (the theatre map).
  ui: {
    ...none,
    layers: ['text'],
    typeOnlyLayers: ['engine'],
    packages: ['phaser'],
    jsonFolders: ['assets'],
  },
  scenes: {
    ...none,
    layers: ['state', 'ui', 'text'],
    typeOnlyLayers: ['engine', 'audio'],
    packages: ['phaser'],
    // The screens read the store through its one public entry, so state/ can be reorganised freely.
    entryOnlyLayers: ['state'],
  },
  // The app's wiring beside the composition root: the page's address, sound, the scenes' context,
  // and the connection to a workshop room (the sync engine's client and its offline copy).
  app: {
    ...none,
    layers: ['state', 'scenes', 'ui', 'text', 'room'],
    typeOnlyLayers: ['engine', 'audio', 'worker'],
    packages: ['@hocuspocus/provider', 'y-indexeddb', 'yjs', 'qrcode'],
    entryOnlyLayers: ['state'],
  },
  // Web Workers: many runs of the engine off the page's thread (the app starts them by URL).
  worker: { ...none, layers: ['engine'] },
  // The workshop room as documents of the sync engine, shared by the room server and the app.
  room: { ...none, layers: ['state'], packages: ['yjs'], entryOnlyLayers: ['state'] },
  // The room server (Node): the sync engine's server, its SQLite persistence, the built game.
  server: {
    ...none,
    layers: ['room', 'state', 'scenario', 'engine'],
    packages: ['@hocuspocus/server', '@hocuspocus/extension-database', 'better-sqlite3', 'yjs', 'lib0', 'ws'],
    nodeBuiltins: true,
    entryOnlyLayers: ['state'],
  },
  audio: { ...none, typeOnlyLayers: ['engine'], packages: ['howler'] },
  // intl-messageformat reads the catalogues' messages (ICU MessageFormat, CLDR plurals).
  text: { ...none, typeOnlyLayers: ['engine'], packages: ['intl-messageformat'] },
  cli: { ...none, layers: ['engine', 'scenario', 'text'], nodeBuiltins: true },
};

/** True when a resolved import path is a layer's public entry: `src/<layer>` or `src/<layer>/index(.ts)`. */
function isLayerEntry(resolved: string, layer: string): boolean {
  const entry = `src/${layer}`;
  return resolved === entry || resolved === `${entry}/index` || resolved === `${entry}/index.ts`;
}

/** Expressions that would make the engine non-deterministic or impure. */
const ENGINE_FORBIDDEN_MEMBERS: readonly (readonly [string, string])[] = [
  ['Math', 'random'],
  ['Date', 'now'],
  ['performance', 'now'],
];

const builtins = new Set(builtinModules.map((name) => name.replace(/^node:/, '')));

/**
 * Returns the layer of a repository-relative path: `src/<layer>/...` -> layer, `src/main.ts` -> `main`,
 * a folder import such as `src/engine` (its index.ts) -> `engine`; undefined when not under src/.
 */
export function layerOf(file: string): string | undefined {
  const parts = toPosix(file).split('/');
  if (parts[0] !== 'src' || parts.length < 2) return undefined;
  if (parts.length === 2) {
    const base = parts[1] ?? '';
    if (base === 'main.ts' || base === 'main') return 'main';
    // No extension: an import of a folder (its index.ts), as in `from '../engine'`.
    return base.includes('.') ? `(root file ${base})` : base;
  }
  return parts[1];
}

/** Lists every import of a TypeScript source: static, re-export, dynamic, require and import types. */
export function parseImports(fileName: string, source: string): ImportRef[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: ImportRef[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = node.importClause?.isTypeOnly === true;
      found.push({ specifier: node.moduleSpecifier.text, typeOnly, kind: 'import' });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly, kind: 'export' });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expr = node.moduleReference.expression;
      const specifier = ts.isStringLiteral(expr) ? expr.text : '<non-literal>';
      found.push({ specifier, typeOnly: node.isTypeOnly, kind: 'require' });
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      if (ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal)) {
        found.push({ specifier: arg.literal.text, typeOnly: true, kind: 'import-type' });
      }
    } else if (ts.isCallExpression(node)) {
      const isDynamic = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (isDynamic || isRequire) {
        const first = node.arguments[0];
        const specifier =
          first !== undefined && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))
            ? first.text
            : '<non-literal>';
        found.push({ specifier, typeOnly: false, kind: isDynamic ? 'dynamic' : 'require' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/**
 * Finds non-deterministic or impure expressions that the engine must not use:
 * `Math.random`, `Date.now`, `performance.now`, `new Date`, `Date()` and `fetch(`.
 * Works on the syntax tree, so comments and strings never trigger it.
 */
export function findEngineImpurities(fileName: string, source: string): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const owner = node.expression.text;
      const member = node.name.text;
      if (ENGINE_FORBIDDEN_MEMBERS.some(([o, m]) => o === owner && m === member)) {
        found.push(`${owner}.${member}`);
      }
      if (member === 'fetch' && (owner === 'globalThis' || owner === 'window' || owner === 'self')) {
        found.push(`${owner}.fetch`);
      }
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Date'
    ) {
      found.push('new Date');
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      if (node.expression.text === 'fetch') found.push('fetch(');
      if (node.expression.text === 'Date') found.push('Date(');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Classifies a specifier written in `fromFile` (repo-relative) as a layer, file, package or built-in. */
export function classifyImport(fromFile: string, specifier: string): ImportTarget {
  const bare = specifier.replace(/[?#].*$/, '');
  if (bare === '<non-literal>' || bare === '') return { type: 'unresolved' };
  if (bare.startsWith('node:')) return { type: 'builtin', name: bare.slice(5) };
  if (bare.startsWith('.') || bare.startsWith('/')) {
    const resolved = bare.startsWith('/')
      ? path.posix.normalize(bare.slice(1))
      : path.posix.normalize(path.posix.join(path.posix.dirname(toPosix(fromFile)), bare));
    if (resolved.startsWith('../')) return { type: 'unresolved' };
    const layer = layerOf(resolved);
    return layer === undefined ? { type: 'file', path: resolved } : { type: 'layer', layer, path: resolved };
  }
  const name = packageName(bare);
  if (builtins.has(name)) return { type: 'builtin', name };
  return { type: 'package', name };
}

/** Returns the reason an import is forbidden for a file in `layer`, or undefined when it is allowed. */
export function forbiddenReason(
  layer: string,
  ref: ImportRef,
  target: ImportTarget,
  rules: Readonly<Record<string, LayerRule>> = LAYER_RULES,
): string | undefined {
  const rule = rules[layer];
  if (rule === undefined) return `layer "${layer}" is not in the rules table`;
  if (rule.anything) return undefined;
  switch (target.type) {
    case 'unresolved':
      return 'cannot be checked: use a literal specifier that stays inside the repository';
    case 'builtin':
      return rule.nodeBuiltins ? undefined : `${layer} may not use Node built-ins`;
    case 'package':
      return rule.packages.includes(target.name)
        ? undefined
        : `${layer} may not import package "${target.name}"`;
    case 'file': {
      const isJson = target.path.endsWith('.json');
      const folderOk = rule.jsonFolders.some((folder) => target.path.startsWith(`${folder}/`));
      return isJson && folderOk ? undefined : `${layer} may not import ${target.path} (outside src/)`;
    }
    case 'layer': {
      if (target.layer === layer) return undefined;
      if (rule.entryOnlyLayers?.includes(target.layer) && !isLayerEntry(target.path, target.layer)) {
        return `${layer} may import ${target.layer} only through src/${target.layer}/index.ts`;
      }
      if (rule.layers.includes(target.layer)) return undefined;
      if (rule.typeOnlyLayers.includes(target.layer)) {
        return ref.typeOnly ? undefined : `${layer} may import ${target.layer} only with \`import type\``;
      }
      return `${layer} may not import ${target.layer}`;
    }
  }
}

/**
 * Checks one source file against the layer table and, for engine files, the purity rules.
 * `file` is repository-relative (`src/ui/gauge.ts`). Files outside src/ give no violations.
 */
export function checkSource(
  file: string,
  source: string,
  rules: Readonly<Record<string, LayerRule>> = LAYER_RULES,
): Violation[] {
  const posixFile = toPosix(file);
  const layer = layerOf(posixFile);
  if (layer === undefined) return [];
  const violations: Violation[] = [];
  for (const ref of parseImports(posixFile, source)) {
    const reason = forbiddenReason(layer, ref, classifyImport(posixFile, ref.specifier), rules);
    if (reason !== undefined) violations.push({ file: posixFile, target: ref.specifier, rule: reason });
  }
  if (layer === 'engine') {
    for (const expr of findEngineImpurities(posixFile, source)) {
      violations.push({ file: posixFile, target: expr, rule: 'engine must stay deterministic and pure' });
    }
  }
  return violations;
}

/** Formats a violation as one line: `file -> import (rule)`. */
export function formatViolation(v: Violation): string {
  return `${v.file} -> ${v.target} (${v.rule})`;
}

/** `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
