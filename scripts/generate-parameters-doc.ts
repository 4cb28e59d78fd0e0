/**
 * Writes docs/parameters.md: one table row for every parameter of the baseline scenario, with
 * its value, unit, sources (linked to the bibliography at the end), the modelling choice or note
 * behind it and the range the sources give. Run: npx tsx scripts/generate-parameters-doc.ts
 * A test (tests/text/parameters-doc.test.ts) fails when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TEACHING_FIELD_NAMES } from '../src/scenario/metadata-schema';
import { OWN_FIELDS } from '../src/scenario/merge';

/** One row of the table. */
export interface ParameterRow {
  readonly path: string;
  readonly value: string;
  readonly unit: string;
  readonly sources: readonly string[];
  readonly note: string;
  readonly range: string;
}

/** A bibliography entry as scenarios/sources.json holds it. */
export interface SourceEntry {
  readonly title: string;
  readonly citation: string;
  readonly urls: readonly string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCENARIO_FILE = 'scenarios/baseline-2025.json';
const SOURCES_FILE = 'scenarios/sources.json';
const OUTPUT_FILE = 'docs/parameters.md';

/**
 * Document fields that describe the file rather than parameterise the model. The teaching texts
 * (briefing, goals, prompts, roles) and the injects are listed in docs/scenarios.md instead.
 */
const METADATA = new Set<string>([...OWN_FIELDS, ...TEACHING_FIELD_NAMES, 'injects']);
/** Text fields inside parameters: shown on the row of the element they name, not as rows of their own. */
const TEXT_FIELDS = new Set(['name', 'summary', 'label', 'reportBasis']);
/** Fields that name an array element; they appear in the path instead of a row. */
const ELEMENT_KEYS = ['id', 'metric', 'level'] as const;

const SECTION_TITLES: Readonly<Record<string, string>> = {
  start: 'Start',
  horizonQuarters: 'Length of the game',
  policy: "The player's levers",
  initial: 'Opening state (Q1 2025)',
  equipment: 'Equipment',
  ammunition: 'Ammunition',
  battlefield: 'Battlefield',
  manpower: 'Manpower',
  economy: 'Economy',
  west: 'The West',
  kremlin: 'Kremlin options',
  posture: "Putin's posture and thresholds",
  negotiation: 'Negotiation and scoring',
};

const isObject = (x: Json | undefined): x is JsonObject =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A number of five digits or more with commas between thousands; other values as JSON writes them. */
function show(x: Json): string {
  if (typeof x === 'number' && Math.abs(x) >= 10_000) {
    const [whole = '', fraction] = String(x).split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return fraction === undefined ? grouped : `${grouped}.${fraction}`;
  }
  if (Array.isArray(x))
    return x.map((v) => (Array.isArray(v) ? `(${v.map(show).join(', ')})` : show(v))).join(', ');
  return typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x);
}

const strings = (x: Json | undefined): string[] => (Array.isArray(x) ? x.map(String) : []);
const text = (x: Json | undefined): string => (typeof x === 'string' ? x : '');

/** The note column: the modelling choice and the note, each labelled. */
function noteOf(node: JsonObject): string {
  const parts = [];
  if (text(node['choice'])) parts.push(`Choice: ${text(node['choice'])}`);
  if (text(node['note'])) parts.push(`Note: ${text(node['note'])}`);
  return parts.join(' ');
}

/** The path segment of an array element: its id, metric or level when it has one, else its index. */
function elementSegment(element: Json, index: number): string {
  if (!isObject(element)) return `[${index}]`;
  for (const key of ELEMENT_KEYS) {
    const v = element[key];
    if (typeof v === 'string' || typeof v === 'number') return `[${v}]`;
  }
  return `[${index}]`;
}

/** Walks a scenario document and returns a row for every sourced value, table and plain setting. */
export function collectRows(document: JsonObject): ParameterRow[] {
  const rows: ParameterRow[] = [];
  const visit = (node: Json, at: string, inElement: boolean): void => {
    if (isObject(node) && 'value' in node && 'unit' in node) {
      const range = Array.isArray(node['range']) ? node['range'].map(show).join(' – ') : '';
      rows.push({
        path: at,
        value: show(node['value'] ?? null),
        unit: text(node['unit']),
        sources: strings(node['source']),
        note: noteOf(node),
        range,
      });
    } else if (isObject(node) && 'points' in node && 'xUnit' in node) {
      const unit = `x: ${text(node['xUnit'])}; y: ${text(node['yUnit'])}`;
      rows.push({
        path: at,
        value: show(node['points'] ?? null),
        unit,
        sources: strings(node['source']),
        note: noteOf(node),
        range: '',
      });
    } else if (Array.isArray(node)) {
      node.forEach((element, i) => visit(element, `${at}${elementSegment(element, i)}`, true));
    } else if (isObject(node)) {
      const title = text(node['name']) || text(node['label']);
      if (inElement && title) {
        const basis = text(node['reportBasis']);
        const note = basis ? `Report basis: ${basis}` : text(node['summary']);
        rows.push({ path: at, value: title, unit: '', sources: strings(node['sources']), note, range: '' });
      }
      for (const [key, child] of Object.entries(node)) {
        if (at === '' && METADATA.has(key)) continue;
        if (key === 'sources' && inElement) continue;
        if (TEXT_FIELDS.has(key) || (inElement && (ELEMENT_KEYS as readonly string[]).includes(key)))
          continue;
        visit(child, at === '' ? key : `${at}.${key}`, false);
      }
    } else {
      rows.push({ path: at, value: show(node), unit: '', sources: [], note: 'Setting.', range: '' });
    }
  };
  visit(document, '', false);
  return rows;
}

/** Escapes text for a Markdown table cell. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const anchor = (key: string): string => `source-${key.replace(/[^A-Za-z0-9-]/g, '').toLowerCase()}`;
const label = (key: string): string => key.replace(/\[/g, '\\[').replace(/\]/g, '\\]');

/** A source key linked to its bibliography entry, with the entry's title on hover. */
function sourceLink(key: string, sources: Readonly<Record<string, SourceEntry>>): string {
  const entry = sources[key];
  if (!entry) return `${label(key)} (not in the bibliography)`;
  return `[${label(key)}](#${anchor(key)} "${entry.title.replace(/"/g, "'")}")`;
}

/** Renders the whole document: header, one table per section, the sources cited. */
export function renderParametersDoc(
  document: JsonObject,
  sources: Readonly<Record<string, SourceEntry>>,
): string {
  const rows = collectRows(document);
  const lines = [
    '# Parameters of the baseline scenario',
    '',
    `Generated from \`${SCENARIO_FILE}\` and \`${SOURCES_FILE}\` by \`npx tsx scripts/generate-parameters-doc.ts\`. Do not edit this file by hand: change the scenario, run the command and commit both. A test fails when this file is stale.`,
    '',
    `Scenario: ${text(document['name'])} (\`${text(document['id'])}\`, version ${text(document['version'])}, figures as of ${text(document['dataVintage'])}). ${rows.length} parameters. Paths are those of the scenario file; array elements are named by their id, metric or level. A value with no source is a modelling choice, explained in the last column; [docs/model.md](model.md) shows where each one enters the equations.`,
  ];
  const sections = [...new Set(rows.map((r) => r.path.split(/[.[]/)[0] ?? ''))];
  for (const section of sections) {
    lines.push('', `## ${SECTION_TITLES[section] ?? section} (\`${section}\`)`, '');
    lines.push(
      '| Path | Value | Unit | Sources | Choice / note | Range |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const r of rows.filter((row) => (row.path.split(/[.[]/)[0] ?? '') === section)) {
      const cited = r.sources.map((k) => sourceLink(k, sources)).join(', ');
      lines.push(
        `| \`${r.path}\` | ${cell(r.value)} | ${cell(r.unit)} | ${cited} | ${cell(r.note)} | ${cell(r.range)} |`,
      );
    }
  }
  const cited = [...new Set(rows.flatMap((r) => r.sources))].filter((k) => sources[k]);
  lines.push('', '## Sources cited', '', '| Key | Title | Citation |', '| --- | --- | --- |');
  for (const key of Object.keys(sources).filter((k) => cited.includes(k))) {
    const entry = sources[key]!;
    lines.push(
      `| <a id="${anchor(key)}"></a>${label(key)} | ${cell(entry.title)} | ${cell(entry.citation)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Reads the scenario and the bibliography from the repository. */
export function readInputs(root = ROOT): { document: JsonObject; sources: Record<string, SourceEntry> } {
  const document = JSON.parse(readFileSync(path.join(root, SCENARIO_FILE), 'utf8')) as JsonObject;
  const bibliography = JSON.parse(readFileSync(path.join(root, SOURCES_FILE), 'utf8')) as {
    sources: Record<string, SourceEntry>;
  };
  return { document, sources: bibliography.sources };
}

/** Where the generated file lives. */
export const PARAMETERS_DOC_PATH = path.join(ROOT, OUTPUT_FILE);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { document, sources } = readInputs();
  writeFileSync(PARAMETERS_DOC_PATH, renderParametersDoc(document, sources));
  console.log(`Wrote ${OUTPUT_FILE}.`);
}
