/**
 * Reading JSON text with errors an author can act on: where the text breaks (line and column)
 * and what the parser expected there. JavaScript engines word and place this differently (V8
 * gives a character position, newer V8 and Firefox a line and column), so both are understood.
 */

/** JSON text parsed, or the line, column and reason it could not be. */
export type JsonTextResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** Line and column (both from 1) of a character offset in text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Where the parser stopped, from its message; end of text for "unexpected end". */
function locate(text: string, reason: string): { line: number; column: number } | undefined {
  const lineCol = /line (\d+) column (\d+)/i.exec(reason);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const position = /position (\d+)/i.exec(reason);
  if (position) return lineColumn(text, Number(position[1]));
  if (/unexpected end/i.test(reason)) return lineColumn(text, text.length);
  return undefined;
}

/** The parser's reason without its own position details, starting in lower case. */
function cleanReason(reason: string): string {
  const bare = reason
    .replace(/^JSON\.parse: /, '')
    .replace(/ in JSON at position \d+/, '')
    .replace(/ at line \d+ column \d+ of the JSON data/, '')
    .replace(/ ?\(line \d+ column \d+\)/, '')
    .trim();
  return bare.charAt(0).toLowerCase() + bare.slice(1);
}

/** Parses JSON text; never throws. A leading byte-order mark is ignored, as editors add one. */
export function parseJsonText(text: string): JsonTextResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, message: 'the file is empty (expected a JSON object)' };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const where = locate(body, reason);
    const at = where ? `line ${where.line}, column ${where.column}: ` : '';
    return { ok: false, message: `${at}not valid JSON (${cleanReason(reason)})` };
  }
}

/** True when a parsed JSON value nests no deeper than `max` levels (checked without recursion). */
export function nestsAtMost(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [v, depth] = next;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return false;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return true;
}
