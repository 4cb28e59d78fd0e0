/**
 * What the game's code asks of Phaser, and what the project's own Phaser entry
 * (src/phaser-build/entry.cjs) provides, as pure functions over source text. The types come from
 * the whole phaser package, so the compiler cannot tell when src/ uses a part the entry leaves out;
 * these functions can.
 */
import ts from 'typescript';

/** A tree of the entry's namespace: a key maps to a required module path or to a nested object. */
export type Namespace = { readonly [key: string]: string | Namespace };

function parse(fileName: string, source: string, kind: ts.ScriptKind): ts.SourceFile {
  return ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
}

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/** `a.b.c` as ['a', 'b', 'c'] when the chain is made of plain names, else undefined. */
function chainOf(node: ts.Expression): string[] | undefined {
  if (ts.isIdentifier(node)) return [node.text];
  if (node.kind === ts.SyntaxKind.ThisKeyword) return ['this'];
  if (ts.isPropertyAccessExpression(node)) {
    const head = chainOf(node.expression);
    return head ? [...head, node.name.text] : undefined;
  }
  return undefined;
}

/**
 * The dotted paths under `Phaser` that a TypeScript source reads as values, e.g. `Scale.Events.RESIZE`
 * for `Phaser.Scale.Events.RESIZE`, or `Scene` for `extends Phaser.Scene`. Type positions
 * (`Phaser.GameObjects.Graphics` as an annotation) are not values and are left out.
 */
export function phaserValuePaths(source: string): string[] {
  const found = new Set<string>();
  walk(parse('src.ts', source, ts.ScriptKind.TS), (node) => {
    if (!ts.isPropertyAccessExpression(node)) return;
    // Only the whole chain: skip `Phaser.Scale` inside `Phaser.Scale.RESIZE`.
    if (ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node) return;
    const chain = chainOf(node);
    if (chain?.[0] === 'Phaser' && chain.length > 1) found.add(chain.slice(1).join('.'));
  });
  return [...found].sort();
}

/** The properties a source reads off `this`, e.g. `scale` for `this.scale.width`. */
export function thisProperties(source: string): string[] {
  const found = new Set<string>();
  walk(parse('src.ts', source, ts.ScriptKind.TS), (node) => {
    if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword)
      found.add(node.name.text);
  });
  return [...found].sort();
}

/**
 * The game object factories and creators a source calls, as `add.graphics` or `make.text`:
 * any call `<something>.add.<name>(…)` or `<something>.make.<name>(…)`.
 */
export function factoryCalls(source: string): string[] {
  const found = new Set<string>();
  walk(parse('src.ts', source, ts.ScriptKind.TS), (node) => {
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
    const owner = node.expression.expression;
    if (!ts.isPropertyAccessExpression(owner)) return;
    const kind = owner.name.text;
    if (kind === 'add' || kind === 'make') found.add(`${kind}.${node.expression.name.text}`);
  });
  return [...found].sort();
}

/** `require('x')` → 'x'; anything else → undefined. */
function requiredPath(node: ts.Node): string | undefined {
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return undefined;
  if (node.expression.text !== 'require') return undefined;
  const [arg] = node.arguments;
  return arg && ts.isStringLiteral(arg) ? arg.text : undefined;
}

/** Every module the entry requires, in order, e.g. 'phaser-src/gameobjects/graphics/GraphicsFactory'. */
export function entryRequires(entrySource: string): string[] {
  const out: string[] = [];
  walk(parse('entry.cjs', entrySource, ts.ScriptKind.JS), (node) => {
    const path = requiredPath(node);
    if (path !== undefined) out.push(path);
  });
  return out;
}

function namespaceOf(literal: ts.ObjectLiteralExpression): Namespace {
  const tree: Record<string, string | Namespace> = {};
  for (const prop of literal.properties) {
    if (!ts.isPropertyAssignment(prop) || !ts.isIdentifier(prop.name)) continue;
    const init = prop.initializer;
    const path = requiredPath(init);
    if (path !== undefined) tree[prop.name.text] = path;
    else if (ts.isObjectLiteralExpression(init)) tree[prop.name.text] = namespaceOf(init);
  }
  return tree;
}

/** The namespace the entry builds in `var Phaser = { … }`, as a tree of module paths. */
export function entryNamespace(entrySource: string): Namespace {
  let tree: Namespace = {};
  walk(parse('entry.cjs', entrySource, ts.ScriptKind.JS), (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'Phaser')
      if (node.initializer && ts.isObjectLiteralExpression(node.initializer))
        tree = namespaceOf(node.initializer);
  });
  return tree;
}

/** The top-level keys of a module's `var NAME = { … }` object, e.g. AUTO and WEBGL in Phaser's const.js. */
export function objectKeys(source: string, variable: string): string[] {
  const keys: string[] = [];
  walk(parse('module.js', source, ts.ScriptKind.JS), (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === variable)
      if (node.initializer && ts.isObjectLiteralExpression(node.initializer))
        for (const prop of node.initializer.properties)
          if (prop.name && ts.isIdentifier(prop.name)) keys.push(prop.name.text);
  });
  return keys;
}

/**
 * Whether the entry provides a dotted path: walk its namespace until a required module (whose
 * inside is stock Phaser's own, by construction), or find the first key among the constants.
 */
export function providesPath(tree: Namespace, constants: readonly string[], path: string): boolean {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return false;
  const node = tree[head];
  if (node === undefined) return rest.length === 0 && constants.includes(head);
  if (typeof node === 'string' || rest.length === 0) return true;
  return providesPath(node, [], rest.join('.'));
}

/**
 * Phaser's plugin registrations, read from its sources: the scene property each plugin appears as
 * (through Phaser's injection map) → the module that registers it, e.g. `tweens` → 'tweens/TweenManager'.
 */
export function scenePluginModules(
  files: readonly { readonly path: string; readonly source: string }[],
  injectionMap: string,
): Map<string, string> {
  const sceneName = new Map<string, string>();
  for (const m of injectionMap.matchAll(/^\s*(\w+): '(\w+)'/gm)) sceneName.set(m[1] ?? '', m[2] ?? '');
  const out = new Map<string, string>();
  for (const { path, source } of files)
    for (const m of source.matchAll(/PluginCache\.register\('\w+', *\w+, *'(\w+)'/g)) {
      const name = sceneName.get(m[1] ?? '');
      if (name !== undefined) out.set(name, path);
    }
  return out;
}

/** Phaser's factory and creator registrations: `add.graphics` → 'gameobjects/graphics/GraphicsFactory'. */
export function factoryModules(
  files: readonly { readonly path: string; readonly source: string }[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const { path, source } of files) {
    for (const m of source.matchAll(/GameObjectFactory\.register\('(\w+)'/g)) out.set(`add.${m[1]}`, path);
    for (const m of source.matchAll(/GameObjectCreator\.register\('(\w+)'/g)) out.set(`make.${m[1]}`, path);
  }
  return out;
}
