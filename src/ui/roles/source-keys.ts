/** Footnote keys cited in texts: the report's "[39]" and the external "E18", in order of first use. */

const KEY = /\[\d+\]|\bE\d+\b/g;

/** Every source key the texts cite, once each, in order of first appearance; pure. */
export function citedKeys(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(KEY)) seen.add(m[0]);
  return [...seen];
}

/** Sorts source keys the way a bibliography lists them: report footnotes by number, then E1, E2 …; pure. */
export function sortKeys(keys: readonly string[]): string[] {
  const rank = (k: string): [number, number] => {
    const n = Number(/\d+/.exec(k)?.[0] ?? 0);
    return [k.startsWith('[') ? 0 : 1, n];
  };
  return [...new Set(keys)].sort((a, b) => {
    const [ga, na] = rank(a);
    const [gb, nb] = rank(b);
    return ga - gb || na - nb || a.localeCompare(b);
  });
}
