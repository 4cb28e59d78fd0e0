/**
 * The widgets' catalogue (src/text/ui-en.json) against the widgets that use it: every entry is
 * words, and every template is filled with the values its placeholders name. The call sites are
 * read from the source of src/ui with the TypeScript parser: each `interpolate(<template>, <values>)`
 * whose template is a catalogue entry (`uiWords().folder.key`, or `words.key` after
 * `const words = uiWords().folder`) must pass every {placeholder} of that entry, and every entry
 * with a placeholder must be filled by at least one such call (so none reaches the page raw).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { interpolate, UI_WORDS_EN, uiWords } from '../../src/text';

const repoRoot = path.resolve(__dirname, '../..');
type Folder = Exclude<keyof typeof UI_WORDS_EN, '$comment'>;
const folders = Object.keys(UI_WORDS_EN).filter((k) => k !== '$comment') as Folder[];
const entry = (folder: string, key: string): unknown =>
  (UI_WORDS_EN as unknown as Record<string, Record<string, unknown>>)[folder]?.[key];

/** The names in {name} and {name|one|other}. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z0-9_]+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]!);
}

function uiSources(dir = 'src/ui'): { file: string; text: string }[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return uiSources(rel);
    return e.name.endsWith('.ts')
      ? [{ file: rel, text: readFileSync(path.join(repoRoot, rel), 'utf8') }]
      : [];
  });
}

/** One `interpolate(template, values)` of a catalogue entry. */
interface CallSite {
  readonly where: string;
  readonly folder: string;
  readonly key: string;
  readonly passed: readonly string[];
}

/** `uiWords().folder` → folder, else null. */
function folderOf(node: ts.Expression): string | null {
  if (!ts.isPropertyAccessExpression(node)) return null;
  const call = node.expression;
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return null;
  return call.expression.text === 'uiWords' ? node.name.text : null;
}

/**
 * The folder `name` stands for where `at` uses it: the nearest declaration of `name` in the
 * blocks around `at` (lexical scope), when its initializer is `uiWords().folder`; else null.
 */
function aliasedFolder(name: string, at: ts.Node): string | null {
  for (let scope: ts.Node | undefined = at.parent; scope; scope = scope.parent) {
    if (!ts.isBlock(scope) && !ts.isSourceFile(scope)) continue;
    for (const statement of scope.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const d of statement.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.name.text === name)
          return d.initializer ? folderOf(d.initializer) : null;
    }
  }
  return null;
}

function callSites(file: string, text: string): CallSite[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const objects = new Map<string, ts.ObjectLiteralExpression>();
  const visitDeclarations = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      if (ts.isObjectLiteralExpression(node.initializer)) objects.set(node.name.text, node.initializer);
    }
    ts.forEachChild(node, visitDeclarations);
  };
  visitDeclarations(source);
  const entries = (node: ts.Expression): { folder: string; key: string }[] => {
    if (ts.isParenthesizedExpression(node)) return entries(node.expression);
    if (ts.isConditionalExpression(node)) return [...entries(node.whenTrue), ...entries(node.whenFalse)];
    if (!ts.isPropertyAccessExpression(node)) return [];
    const base = node.expression;
    const folder = ts.isIdentifier(base) ? aliasedFolder(base.text, node) : folderOf(base);
    return folder ? [{ folder, key: node.name.text }] : [];
  };
  const sites: CallSite[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'interpolate'
    ) {
      const [template, values] = node.arguments;
      let literal = values && ts.isIdentifier(values) ? objects.get(values.text) : values;
      if (literal && !ts.isObjectLiteralExpression(literal)) literal = undefined;
      const passed = (literal?.properties ?? []).flatMap((p) =>
        (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && ts.isIdentifier(p.name)
          ? [p.name.text]
          : [],
      );
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      for (const e of template ? entries(template) : [])
        sites.push({ where: `${file}:${line}`, ...e, passed });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sites;
}

const sources = uiSources();
/** The widgets and the app's wiring, which writes the page's title. */
const namingSources = [...sources, ...uiSources('src/app')];
const sites = namingSources.flatMap((s) => callSites(s.file, s.text));

describe('the widgets’ catalogue', () => {
  it('is what uiWords() gives while English is the only language', () => {
    expect(uiWords()).toBe(UI_WORDS_EN);
  });

  it('holds only non-empty strings (or lists of them)', () => {
    const bad: string[] = [];
    for (const folder of folders)
      for (const [key, value] of Object.entries(UI_WORDS_EN[folder])) {
        const values: unknown[] = Array.isArray(value) ? value : [value];
        if (values.length === 0 || !values.every((v) => typeof v === 'string' && v.trim() !== ''))
          bad.push(`${folder}.${key}`);
      }
    expect(bad).toEqual([]);
  });

  it('finds the widgets’ interpolate calls', () => {
    expect(sites.length).toBeGreaterThan(50);
  });

  it('names only existing entries in the widgets’ interpolate calls', () => {
    const unknown = sites.filter((s) => typeof entry(s.folder, s.key) !== 'string');
    expect(unknown.map((s) => `${s.where} ${s.folder}.${s.key}`)).toEqual([]);
  });

  it('passes every placeholder a template names, so nothing shows a brace or a dash for a value', () => {
    const missing = sites.flatMap((s) => {
      const template = entry(s.folder, s.key) as string;
      const lacking = placeholders(template).filter((p) => !s.passed.includes(p));
      const filled = interpolate(template, Object.fromEntries(s.passed.map((p) => [p, 1])));
      return lacking.length > 0 || filled.includes('{')
        ? [`${s.where} ${s.folder}.${s.key}: ${lacking.join(', ')}`]
        : [];
    });
    expect(missing).toEqual([]);
  });

  it('fills every template that has placeholders through interpolate', () => {
    const filled = new Set(sites.map((s) => `${s.folder}.${s.key}`));
    const raw = folders.flatMap((folder) =>
      Object.entries(UI_WORDS_EN[folder]).flatMap(([key, value]) =>
        typeof value === 'string' && placeholders(value).length > 0 && !filled.has(`${folder}.${key}`)
          ? [`${folder}.${key}`]
          : [],
      ),
    );
    expect(raw).toEqual([]);
  });

  it('has no entry that no widget names', () => {
    const all = namingSources.map((s) => s.text).join('\n');
    const unused = folders.flatMap((folder) =>
      Object.keys(UI_WORDS_EN[folder])
        .filter((key) => !new RegExp(`\\.${key}\\b|'${key}'`).test(all))
        .map((key) => `${folder}.${key}`),
    );
    expect(unused).toEqual([]);
  });
});
