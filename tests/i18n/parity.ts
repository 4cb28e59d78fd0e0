/**
 * How a translation is checked against its English source: the same keys and list lengths, the same
 * {placeholders}, the same plural picks (with the target language's number of forms), the same
 * footnote markers [n], the same value for every field that is data rather than words, and no
 * text left as it was. Returns one line per problem, empty when the two match.
 */

/** Where the text catalogues hold data (keys the code reads) rather than words: never translated. */
const isDataField = (path: string, key: string): boolean =>
  key === 'id' ||
  /\/indicators\/[^/]+\/(group|sources|goodDirection|threshold)(\/|$)/.test(path) ||
  /\/when\//.test(path);

/** Extra fields a translation may add beside the English ones (Ukrainian's plural forms of a unit, a unit for chart titles). */
const EXTRA_FIELDS: ReadonlySet<string> = new Set(['unitForms', 'chartUnit', 'few', 'many']);

/** Texts that are proper names, written the same in every language (the game's name). */
const PROPER_NAMES: ReadonlySet<string> = new Set(['LEVERAGE']);

const placeholders = (s: string): string =>
  [...s.matchAll(/\{([A-Za-z0-9_]+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
const picks = (s: string): { name: string; forms: number }[] =>
  [...s.matchAll(/\{([A-Za-z0-9_]+)((?:\|[^|{}]*)+)\}/g)]
    .map((m) => ({ name: m[1]!, forms: m[2]!.split('|').length - 1 }))
    .sort((a, b) => a.name.localeCompare(b.name));
const footnotes = (s: string): string =>
  [...s.matchAll(/\[\d+\]/g)]
    .map((m) => m[0])
    .sort()
    .join('');
/** True for a text with English words in it (three letters or more outside placeholders). */
const hasWords = (s: string): boolean => /[A-Za-z]{3,}/.test(s.replace(/\{[^}]*\}/g, ''));

/** Problems of `translated` against `english`; `forms` is how many plural forms a pick lists in the target. */
export function parityProblems(english: unknown, translated: unknown, forms = 4): string[] {
  const problems: string[] = [];
  const walk = (a: unknown, b: unknown, path: string, key: string): void => {
    if (typeof a === 'string') {
      if (typeof b !== 'string') return void problems.push(`${path}: not a string`);
      if (key === 'locale') return;
      if (isDataField(path, key)) {
        if (a !== b) problems.push(`${path}: must stay "${a}"`);
        return;
      }
      if (b.trim() === '' && a.trim() !== '') problems.push(`${path}: empty`);
      if (placeholders(a) !== placeholders(b))
        problems.push(`${path}: placeholders {${placeholders(a)}} ≠ {${placeholders(b)}}`);
      const pa = picks(a);
      const pb = picks(b);
      if (pa.length !== pb.length || pa.some((p, i) => pb[i]?.name !== p.name || pb[i]?.forms !== forms))
        problems.push(`${path}: plural picks need the same names with ${forms} forms`);
      if (footnotes(a) !== footnotes(b))
        problems.push(`${path}: footnotes ${footnotes(a)} ≠ ${footnotes(b)}`);
      if (hasWords(a) && a === b && !PROPER_NAMES.has(a)) problems.push(`${path}: not translated`);
      return;
    }
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length)
        return void problems.push(`${path}: a list of ${a.length}`);
      a.forEach((item, i) => walk(item, b[i], `${path}/${i}`, key));
      return;
    }
    if (a !== null && typeof a === 'object') {
      if (b === null || typeof b !== 'object' || Array.isArray(b))
        return void problems.push(`${path}: an object`);
      const ra = a as Record<string, unknown>;
      const rb = b as Record<string, unknown>;
      for (const k of Object.keys(ra)) {
        if (k === '$comment') continue;
        if (!Object.hasOwn(rb, k)) problems.push(`${path}/${k}: missing`);
        else walk(ra[k], rb[k], `${path}/${k}`, k);
      }
      for (const k of Object.keys(rb))
        if (!Object.hasOwn(ra, k) && k !== '$comment' && !EXTRA_FIELDS.has(k))
          problems.push(`${path}/${k}: not in English`);
      return;
    }
    if (a !== b) problems.push(`${path}: must stay ${JSON.stringify(a)}`);
  };
  walk(english, translated, '', '');
  return problems;
}
