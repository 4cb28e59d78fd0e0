/**
 * Indicator metadata and display: label, unit, group, description, sources, which way is good
 * for the West, and the threshold an indicator feeds. formatIndicator writes a value the way the
 * dashboard shows it, e.g. '3.81 trn ₽', '1,750 tanks', '9.9 %', '1.5:1', '€10.4 bn'.
 */
import type { IndicatorName } from '../engine';
import { currentCatalogue, type IndicatorGroup, type IndicatorText, type TextCatalogue } from './catalogue';
import { formatNumber, formatRatio, MISSING } from './format';
import { pluralForm, type PluralForms } from './plural';

/** Everything the catalogue says about an indicator. */
export function indicatorInfo(
  name: IndicatorName,
  catalogue: TextCatalogue = currentCatalogue(),
): IndicatorText {
  return catalogue.indicators[name];
}

/** The plural forms of an indicator's unit: all of them where the catalogue gives them, else one and other. */
function unitForms(info: IndicatorText): PluralForms | null {
  if (info.unitForms) return info.unitForms;
  return info.unitOne === undefined ? null : { one: info.unitOne, other: info.unit };
}

/**
 * An indicator's value as text with its unit, rounded to the indicator's digits and scaled
 * where the catalogue says so (0–1 shares shown in %). Non-finite values become '—'.
 */
export function formatIndicator(
  name: IndicatorName,
  value: number,
  catalogue: TextCatalogue = currentCatalogue(),
): string {
  const info = catalogue.indicators[name];
  if (!Number.isFinite(value)) return MISSING;
  if (info.ratio === true) return formatRatio(value, info.digits);
  const scaled = value * (info.scale ?? 1);
  const number = formatNumber(scaled, info.digits, info.signed ?? false);
  if (info.format !== undefined) return info.format.replace('{value}', number);
  const forms = unitForms(info);
  const shown = Number(Math.abs(scaled).toFixed(info.digits));
  const unit = forms ? pluralForm(shown, forms, undefined, info.digits) : info.unit;
  return unit === '' ? number : `${number} ${unit}`;
}

/**
 * The unit words of an indicator's charts (titles, captions, data tables): its unit, what a ratio
 * counts, or 'index' for a unitless value.
 */
export function chartUnit(name: IndicatorName, catalogue: TextCatalogue = currentCatalogue()): string {
  const info = catalogue.indicators[name];
  if (info.ratio === true) return catalogue.ui['ratioUnit'] ?? '';
  return info.chartUnit ?? (info.unit || (catalogue.ui['indexUnit'] ?? ''));
}

/** How a change of an indicator reads for the West. */
export type ChangeVerdict = 'better' | 'worse' | 'unchanged' | 'neutral';

/**
 * Judges a change of an indicator from the West's point of view, so the UI can say "better" or
 * "worse" in words rather than by colour alone. Changes smaller than the displayed precision
 * count as unchanged; indicators without a good direction are 'neutral'.
 */
export function judgeChange(
  name: IndicatorName,
  previous: number,
  current: number,
  catalogue: TextCatalogue = currentCatalogue(),
): ChangeVerdict {
  const info = catalogue.indicators[name];
  const step = Math.pow(10, -info.digits) / (info.scale ?? 1) / 2;
  const delta = current - previous;
  if (!Number.isFinite(delta) || Math.abs(delta) < step) return 'unchanged';
  if (info.goodDirection === 'none') return 'neutral';
  const up = delta > 0;
  return up === (info.goodDirection === 'up') ? 'better' : 'worse';
}

/** The catalogue's word for a verdict ('better', 'worse', 'unchanged'); '' for a neutral change. */
export function verdictText(verdict: ChangeVerdict, catalogue: TextCatalogue = currentCatalogue()): string {
  return verdict === 'neutral' ? '' : (catalogue.ui[verdict] ?? verdict);
}

/** A quarter label of the engine ('2025-Q1') as the game writes it ('Q1 2025'). Other text passes through. */
export function quarterText(label: string, catalogue: TextCatalogue = currentCatalogue()): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(label);
  if (!match) return label;
  const template = catalogue.ui['quarter'] ?? 'Q{quarter} {year}';
  return template.replace('{year}', match[1]!).replace('{quarter}', match[2]!);
}

/**
 * Every engine quarter label inside a text ('Rewound to 2025-Q2') written the game's way
 * ('Rewound to Q2 2025'), so texts from events and selectors use one quarter format.
 */
export function quarterTextIn(text: string, catalogue: TextCatalogue = currentCatalogue()): string {
  return text.replace(/\b\d{4}-Q[1-4]\b/g, (label) => quarterText(label, catalogue));
}

/** The catalogue's category of each indicator group, whose label the dashboard shows. */
const GROUP_CATEGORY: Readonly<Record<IndicatorGroup, string>> = {
  Equipment: 'equipment',
  Ammunition: 'ammunition',
  Manpower: 'manpower',
  Economy: 'economy',
  Battlefield: 'battlefield',
  'The West': 'west',
  Kremlin: 'kremlin',
};

/** An indicator group's name in the catalogue's language ('The West', 'Захід'). */
export function groupLabel(group: IndicatorGroup, catalogue: TextCatalogue = currentCatalogue()): string {
  return catalogue.categories[GROUP_CATEGORY[group]] ?? group;
}
