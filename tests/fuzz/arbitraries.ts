/**
 * Shared generators of the fuzz suite: hostile strings (markup, script, template syntax, control
 * and lone surrogate characters, prototype keys), hostile JSON written as text (numbers JSON can
 * hold but the game should not take: 1e309 parses to Infinity, -0, 5e-324, integers past 2^53;
 * tokens JSON cannot hold: NaN, Infinity; deep nesting; huge arrays; duplicate and `__proto__`
 * keys), and the ways an input derived from a valid one goes wrong: cut short, a bit flipped,
 * padded out, one field replaced by anything at all.
 */
import fc from 'fast-check';

/** The fixed seed of every fuzz property, printed with its counts so that a run can be repeated. */
export const FUZZ_SEED = 424_242;
/** Cases per input. */
export const FUZZ_RUNS = 10_000;
/**
 * The vitest timeout of a fuzz test: a safety net against a hang, far above what a run takes on a
 * busy two-core machine (about 40 s for the slowest input), so that load never fails a run. The
 * suite is bounded by its count of cases, never cut short by time.
 */
export const FUZZ_TEST_TIMEOUT_MS = 600_000;

/** Text that would be markup, script or a template if anything put it into the page as HTML. */
export const MARKUP: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe>',
  '<a href="javascript:alert(1)">link</a>',
  '<b>bold</b><i>italic</i>',
  '</textarea></title></style><script>alert(1)</script>',
  '<!-- comment --><![CDATA[x]]>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '&lt;b&gt;not bold&lt;/b&gt; &amp; &#60;script&#62;',
  '<template><script>alert(1)</script></template>',
  '<object data="data:text/html,<script>alert(1)</script>">',
  '<base href="//evil.example/">',
  '<meta http-equiv="refresh" content="0;url=//evil.example">',
];

/** Text that looks like a placeholder or an expression to some template engine. */
const TEMPLATE_LIKE: readonly string[] = [
  '{code}',
  '{scenarioId}',
  '{part|one|other}',
  '{{7*7}}',
  '${7*7}',
  '#{7*7}',
  '%s%s%s%n',
  '\\u003cscript\\u003e',
];

/** Keys with a meaning to JavaScript objects. */
export const PROTOTYPE_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'then',
];

/** Characters that break naive text handling: controls, direction marks, lone surrogates, BOM, NUL. */
const AWKWARD: readonly string[] = [
  '\u0000',
  '\u0007',
  '\b',
  '\r\n',
  '\n',
  '\t',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\uffff',
  '😀',
  'é',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  ' ',
  '',
];

/** A string from the hostile lists, random text of every kind, or both run together. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom(...TEMPLATE_LIKE, ...PROTOTYPE_KEYS, ...AWKWARD) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.string({ maxLength: 12 }),
        fc.constantFrom(...MARKUP, ...TEMPLATE_LIKE, ...AWKWARD),
        fc.string({ maxLength: 12 }),
      )
      .map(([a, b, c]) => a + b + c),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...MARKUP), fc.integer({ min: 2, max: 400 }))
      .map(([m, n]) => m.repeat(n)),
  },
);

/** An object key: a prototype key, markup, or any short string. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'a'.repeat(101), '0', '-1', '1e3') },
);

// ---- JSON as text ------------------------------------------------------------------------------

/** Text put into a JSON document verbatim (a number token, a deep nesting, or something that is not JSON). */
export class Raw {
  constructor(readonly text: string) {}
}

/** An object as its list of entries, so that keys may repeat and `__proto__` stays an own key. */
export class Obj {
  constructor(readonly entries: readonly (readonly [string, JsonNode])[]) {}
}

/** A JSON document under construction. */
export type JsonNode = Raw | Obj | readonly JsonNode[] | string | number | boolean | null;

/** The text of a document (numbers as JavaScript writes them, Raw nodes verbatim). */
export function jsonText(node: JsonNode): string {
  if (node instanceof Raw) return node.text;
  if (node instanceof Obj) {
    return `{${node.entries.map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`).join(',')}}`;
  }
  if (Array.isArray(node)) return `[${node.map(jsonText).join(',')}]`;
  if (typeof node === 'number') return Number.isFinite(node) ? JSON.stringify(node) : String(node);
  return JSON.stringify(node);
}

/** A parsed JSON value as a document to edit. */
export function nodeOf(value: unknown): JsonNode {
  if (Array.isArray(value)) return value.map(nodeOf);
  if (value !== null && typeof value === 'object') {
    return new Obj(Object.entries(value).map(([k, v]) => [k, nodeOf(v)] as const));
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

/** Number tokens that are valid JSON but overflow, underflow, lose precision or are negative zero. */
export const HOSTILE_NUMBER_TOKENS: readonly string[] = [
  '1e309',
  '-1e309',
  '1e400',
  '-0',
  '-0.0',
  '0e-5',
  '1e-400',
  '5e-324',
  '1.7976931348623157e308',
  '-1.7976931348623157e308',
  '9007199254740993',
  '-9007199254740993',
  '123456789012345678901234567890',
  '4294967296',
  '2147483648',
  '-2147483649',
  '-1',
  '0.1',
  '0.5',
  '1.5',
  '1e21',
  '-1e21',
  '1E+2',
];

/** Tokens JSON cannot hold at all (a document with one is not JSON). */
export const INVALID_TOKENS: readonly string[] = [
  'NaN',
  '-NaN',
  'Infinity',
  '-Infinity',
  'undefined',
  '0x10',
  '01',
  '.5',
  '+1',
  '1.',
  "'single'",
  '"unterminated',
  '/* comment */ 1',
  '[1,]',
  '{"a":1,}',
];

/** A hostile number: a token above, or any double or integer at all. */
export const hostileNumber: fc.Arbitrary<JsonNode> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_NUMBER_TOKENS).map((t) => new Raw(t)) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: 130 }) },
);

/** Arrays or objects nested `depth` deep around a value, as text. */
export function nested(depth: number, kind: 'array' | 'object', inner = '0'): Raw {
  return kind === 'array'
    ? new Raw(`${'['.repeat(depth)}${inner}${']'.repeat(depth)}`)
    : new Raw(`${'{"a":'.repeat(depth)}${inner}${'}'.repeat(depth)}`);
}

/** Deep nesting, from a little to far past any recursion limit. */
export const deepNesting: fc.Arbitrary<JsonNode> = fc
  .tuple(
    fc.oneof(fc.integer({ min: 20, max: 200 }), fc.integer({ min: 1_000, max: 20_000 })),
    fc.constantFrom('array' as const, 'object' as const),
  )
  .map(([depth, kind]) => nested(depth, kind));

const OBJECT_ENTRIES = Array.from({ length: 3_000 }, (_, i) => `"k${i}":${i}`);

/** A huge flat array or object, or a very long string. */
export const oversized: fc.Arbitrary<JsonNode> = fc.oneof(
  fc.integer({ min: 1_000, max: 10_000 }).map((n) => new Raw(`[${'0,'.repeat(n)}0]`)),
  fc.integer({ min: 500, max: 3_000 }).map((n) => new Raw(`{${OBJECT_ENTRIES.slice(0, n).join(',')}}`)),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom(...MARKUP).map((m) => m.repeat(200)),
);

/** A hostile leaf: a number, a string, true, false, null or a token that is not JSON. */
const hostileLeaf: fc.Arbitrary<JsonNode> = fc.oneof(
  { weight: 4, arbitrary: hostileNumber },
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom<JsonNode>(true, false, null, '', 0, 1, [], new Obj([])) },
);

/** Any hostile JSON value (valid JSON text unless `invalid` allows tokens JSON cannot hold). */
export function hostileJson(options: { invalid?: boolean; maxDepth?: number } = {}): fc.Arbitrary<JsonNode> {
  const leaf = options.invalid
    ? fc.oneof(
        { weight: 9, arbitrary: hostileLeaf },
        { weight: 1, arbitrary: fc.constantFrom(...INVALID_TOKENS).map((t) => new Raw(t)) },
      )
    : hostileLeaf;
  const { tree } = fc.letrec<{ tree: JsonNode }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', maxDepth: options.maxDepth ?? 3, withCrossShrink: true },
      { weight: 10, arbitrary: leaf },
      { weight: 2, arbitrary: fc.array(tie('tree'), { maxLength: 5 }) },
      {
        weight: 3,
        arbitrary: fc
          .array(fc.tuple(fc.oneof(hostileKey, fc.string({ maxLength: 8 })), tie('tree')), { maxLength: 5 })
          .map((entries) => new Obj(entries)),
      },
      { weight: 1, arbitrary: deepNesting },
      { weight: 1, arbitrary: oversized },
    ),
  }));
  return tree;
}

/** Hostile JSON text of any shape; with `invalid`, sometimes not JSON at all. */
export function hostileJsonText(options: { invalid?: boolean } = {}): fc.Arbitrary<string> {
  return hostileJson(options).map(jsonText);
}

// ---- inputs derived from valid ones ------------------------------------------------------------

/** A place in a JSON value: the keys and indices leading to it. */
export type JsonPath = readonly (string | number)[];

/** Every place in a JSON value, the value itself first. */
export function pathsOf(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const here: JsonPath[] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((v, i) => here.push(...pathsOf(v, [...prefix, i])));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) here.push(...pathsOf(v, [...prefix, k]));
  }
  return here;
}

/** The document with the node at `path` changed by `edit` (undefined removes it). */
function editAt(node: JsonNode, path: JsonPath, edit: (old: JsonNode) => JsonNode | undefined): JsonNode {
  if (path.length === 0) return edit(node) ?? null;
  const [head, ...rest] = path;
  if (Array.isArray(node) && typeof head === 'number') {
    const list = node as readonly JsonNode[];
    const old = list[head];
    if (old === undefined) return node;
    const next = rest.length === 0 ? edit(old) : editAt(old, rest, edit);
    return next === undefined
      ? list.filter((_, i) => i !== head)
      : list.map((v, i) => (i === head ? next : v));
  }
  if (node instanceof Obj && typeof head === 'string') {
    const entries: (readonly [string, JsonNode])[] = [];
    for (const [k, v] of node.entries) {
      if (k !== head) entries.push([k, v]);
      else {
        const next = rest.length === 0 ? edit(v) : editAt(v, rest, edit);
        if (next !== undefined) entries.push([k, next]);
      }
    }
    return new Obj(entries);
  }
  return node;
}

/** One hostile change to a document, at a place picked by index. */
type Edit =
  | { readonly kind: 'replace'; readonly at: number; readonly node: JsonNode }
  | { readonly kind: 'remove'; readonly at: number }
  | { readonly kind: 'addKey'; readonly at: number; readonly key: string; readonly node: JsonNode }
  | { readonly kind: 'repeat'; readonly at: number; readonly times: number }
  | { readonly kind: 'wrap'; readonly at: number; readonly depth: number };

function editArbitrary(node: fc.Arbitrary<JsonNode>): fc.Arbitrary<Edit> {
  const at = fc.nat();
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), at, node }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), at }) },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('addKey' as const), at, key: hostileKey, node }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('repeat' as const),
        at,
        times: fc.oneof(fc.integer({ min: 2, max: 10 }), fc.integer({ min: 100, max: 3_000 })),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('wrap' as const),
        at,
        depth: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1_000, max: 10_000 })),
      }),
    },
  );
}

function applyEdit(doc: JsonNode, paths: readonly JsonPath[], e: Edit): JsonNode {
  const path = paths[e.at % paths.length] ?? [];
  switch (e.kind) {
    case 'replace':
      return editAt(doc, path, () => e.node);
    case 'remove':
      return editAt(doc, path, () => undefined);
    case 'addKey':
      return editAt(doc, path, (old) =>
        old instanceof Obj
          ? new Obj([...old.entries, [e.key, e.node]])
          : Array.isArray(old)
            ? [...(old as readonly JsonNode[]), e.node]
            : new Obj([[e.key, e.node]]),
      );
    case 'repeat':
      return editAt(doc, path, (old) =>
        Array.isArray(old) && old.length > 0
          ? Array.from({ length: e.times }, (_, i) => (old as readonly JsonNode[])[i % old.length] ?? null)
          : old,
      );
    case 'wrap':
      return editAt(doc, path, (old) => nested(e.depth, 'array', jsonText(old)));
  }
}

/**
 * Text of a valid JSON value with one to three hostile changes: a field replaced by a hostile
 * value, removed, given a hostile sibling key, an array repeated to many times its length, or a
 * value wrapped deep in arrays.
 */
export function mutatedJson(
  value: unknown,
  node: fc.Arbitrary<JsonNode> = hostileJson(),
): fc.Arbitrary<string> {
  const paths = pathsOf(value);
  const doc = nodeOf(value);
  return fc
    .array(editArbitrary(node), { minLength: 1, maxLength: 3 })
    .map((edits) => jsonText(edits.reduce((d, e) => applyEdit(d, paths, e), doc)));
}

/** The value at a path of a parsed JSON value (undefined when there is none). */
export function valueAt(value: unknown, path: JsonPath): unknown {
  let here: unknown = value;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

/** A text changed the way a copy, a transfer or a careless edit changes it. */
export function mutatedText(text: string): fc.Arbitrary<string> {
  const position = fc.nat({ max: Math.max(0, text.length - 1) });
  return fc.oneof(
    // Cut short anywhere.
    { weight: 3, arbitrary: position.map((n) => text.slice(0, n)) },
    // One bit of one character flipped.
    {
      weight: 3,
      arbitrary: fc.tuple(position, fc.integer({ min: 0, max: 15 })).map(([i, bit]) => {
        const c = text.charCodeAt(i) ^ (1 << bit);
        return text.slice(0, i) + String.fromCharCode(c) + text.slice(i + 1);
      }),
    },
    // Something hostile put in anywhere.
    {
      weight: 2,
      arbitrary: fc.tuple(position, hostileString).map(([i, s]) => text.slice(0, i) + s + text.slice(i)),
    },
    // A stretch deleted.
    {
      weight: 1,
      arbitrary: fc
        .tuple(position, fc.integer({ min: 1, max: 64 }))
        .map(([i, n]) => text.slice(0, i) + text.slice(i + n)),
    },
    // Padded out or repeated.
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(' ', '\n', 'A', '0', text), fc.integer({ min: 2, max: 2_000 }))
        .map(([pad, n]) => text + pad.repeat(Math.min(n, Math.ceil(400_000 / Math.max(1, pad.length))))),
    },
  );
}

/** Bytes with one bit flipped. */
export function flipBit(bytes: Uint8Array, index: number, bit: number): Uint8Array {
  const copy = bytes.slice();
  if (copy.length > 0) copy[index % copy.length] = (copy[index % copy.length] ?? 0) ^ (1 << (bit % 8));
  return copy;
}

/** Bytes derived from valid ones: cut short, a bit flipped, bytes spliced in, or random garbage. */
export function mutatedBytes(bytes: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc.nat({ max: Math.max(0, bytes.length) }).map((n) => bytes.slice(0, n)),
    fc.tuple(fc.nat(), fc.nat({ max: 7 })).map(([i, b]) => flipBit(bytes, i, b)),
    fc
      .tuple(fc.nat({ max: bytes.length }), fc.uint8Array({ minLength: 1, maxLength: 16 }))
      .map(([i, extra]) => Uint8Array.from([...bytes.slice(0, i), ...extra, ...bytes.slice(i)])),
    fc.uint8Array({ maxLength: 256 }),
  );
}

// ---- values as structured clone carries them (a BroadcastChannel, a Yjs document) ---------------

/** JSON text parsed back, or null when it is not JSON. */
function parsedOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Values JSON cannot carry but a structured clone or a Yjs document can. */
const NON_JSON_VALUES: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  undefined,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 53,
  -(2 ** 31) - 1,
];

/** A hostile value of any kind: hostile JSON, a number JSON cannot hold, deep nesting, or anything at all. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileJson().map((n) => parsedOrNull(jsonText(n))) },
  { weight: 3, arbitrary: fc.constantFrom(...NON_JSON_VALUES) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<() => unknown>(
        () => new Date(Number.NaN),
        () => new Map([['level', 1]]),
        () => new Set(['x']),
        () => new Uint8Array([60, 98, 62]),
        () => 10n ** 30n,
        () => [null],
        () => [undefined, Number.NaN],
        () => ({}),
        () => Object.create(null) as unknown,
        () => ({ toString: 0, valueOf: 0 }),
      )
      .map((make) => make()),
  },
  {
    weight: 2,
    arbitrary: fc.anything({
      key: hostileKey,
      maxDepth: 2,
      maxKeys: 4,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
      withSparseArray: true,
    }),
  },
  { weight: 1, arbitrary: deepNesting.map((n) => parsedOrNull(jsonText(n))) },
);

/** Sets a key as an own property, even `__proto__`. */
function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

/** A deep copy of a plain value (objects, arrays, primitives). */
function copied<T>(value: T): T {
  return structuredClone(value);
}

type ValueEdit =
  | { readonly kind: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'remove'; readonly at: number }
  | { readonly kind: 'addKey'; readonly at: number; readonly key: string; readonly value: unknown };

/** The value with one hostile edit applied in place; returns the (possibly new) root. */
function applyValueEdit(root: unknown, path: JsonPath, e: ValueEdit): unknown {
  if (path.length === 0) {
    if (e.kind === 'replace') return e.value;
    if (e.kind === 'remove') return undefined;
    if (root !== null && typeof root === 'object') setOwn(root, e.key, e.value);
    return root;
  }
  const parent = valueAt(root, path.slice(0, -1));
  const last = path[path.length - 1] as string | number;
  if (parent === null || typeof parent !== 'object') return root;
  if (e.kind === 'replace') setOwn(parent, last, e.value);
  else if (e.kind === 'remove') {
    if (Array.isArray(parent) && typeof last === 'number') Array.prototype.splice.call(parent, last, 1);
    else delete (parent as Record<string | number, unknown>)[last];
  } else {
    const target = (parent as Record<string | number, unknown>)[last];
    if (target !== null && typeof target === 'object') setOwn(target, e.key, e.value);
    else setOwn(parent, last, { [e.key]: e.value });
  }
  return root;
}

/** The value with hostile edits applied in place (on a copy). */
function applyValueEdits(base: unknown, paths: readonly JsonPath[], edits: readonly ValueEdit[]): unknown {
  let root = copied(base);
  for (const e of edits) {
    try {
      root = applyValueEdit(root, paths[e.at % paths.length] ?? [], e);
    } catch {
      // An earlier edit left something this one cannot change (a typed array, a frozen or odd
      // object): the value stays as it is.
    }
  }
  return root;
}

/** A valid value with one to three hostile edits: a field replaced by any value, removed, or given a hostile sibling. */
export function mutatedValue(
  base: unknown,
  value: fc.Arbitrary<unknown> = hostileValue,
): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  const at = fc.nat();
  const edit: fc.Arbitrary<ValueEdit> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), at, value }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), at }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('addKey' as const), at, key: hostileKey, value }) },
  );
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => applyValueEdits(base, paths, edits));
}
