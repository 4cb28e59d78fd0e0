/**
 * Words of the workshop screens (src/text/workshop-en.json): the facilitator's override targets,
 * the Kremlin's options as the hot seat shows them, the Kremlin's hidden state and the tutorial's
 * lessons. Pure lookups with safe fallbacks, so an unknown key never shows 'undefined'.
 */
import type { KremlinOption, OverrideTarget } from '../engine';
import { currentCatalogue } from './catalogue';
import { interpolate } from './format';
import { screenText } from './screens';
import workshop from './workshop-en.json';
import { textsInActiveLanguage } from './language';

/** A field the facilitator may override, in words. */
export interface OverrideTargetText {
  readonly label: string;
  readonly unit: string;
}

/** One tutorial lesson, in words. */
export interface TutorialText {
  readonly title: string;
  /** What the lever does. */
  readonly lever: string;
  /** What to watch. */
  readonly indicator: string;
  /** Where the two are on the screen. */
  readonly where: string;
}

/** An assumption preset in words. */
export interface PresetText {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

/** The shape of a workshop text file. */
export interface WorkshopText {
  readonly presets: Readonly<Record<string, Omit<PresetText, 'id'>>>;
  readonly overrideTargets: Readonly<Record<string, OverrideTargetText>>;
  readonly kremlinSizes: Readonly<Record<string, string>>;
  readonly kremlinClosed: Readonly<Record<string, string>>;
  readonly kremlinHidden: Readonly<Record<string, string>>;
  readonly tutorial: Readonly<Record<string, TutorialText>>;
}

/** The English workshop texts. */
export const WORKSHOP_EN = workshop as WorkshopText;

/** The workshop texts of the active language. */
export function workshopTexts(): WorkshopText {
  return textsInActiveLanguage('workshop', WORKSHOP_EN);
}

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** An override target's label and unit; the id itself when unknown. */
export function overrideTargetText(
  target: OverrideTarget,
  text: WorkshopText = workshopTexts(),
): OverrideTargetText {
  return has(text.overrideTargets, target) ? text.overrideTargets[target]! : { label: target, unit: '' };
}

/** A Kremlin option's size this quarter, from its values ("150,000 reservists called up; …"). */
export function kremlinOptionSize(
  option: KremlinOption,
  values: Readonly<Record<string, number>>,
  text: WorkshopText = workshopTexts(),
): string {
  if (!has(text.kremlinSizes, option)) return '';
  return interpolate(text.kremlinSizes[option]!, values, { tempo: { digits: 2 }, bonusIndex: { digits: 2 } });
}

/** Why a Kremlin option cannot be taken this quarter. */
export function kremlinOptionClosed(option: KremlinOption, text: WorkshopText = workshopTexts()): string {
  return has(text.kremlinClosed, option) ? text.kremlinClosed[option]! : 'Not open this quarter.';
}

/** The label of a field of the Kremlin's hidden state. */
export function kremlinHiddenLabel(field: string, text: WorkshopText = workshopTexts()): string {
  return has(text.kremlinHidden, field) ? text.kremlinHidden[field]! : field;
}

/** A tutorial lesson by its text key ('tutorial.aid' …), or null when unknown. */
export function tutorialText(key: string, text: WorkshopText = workshopTexts()): TutorialText | null {
  return has(text.tutorial, key) ? text.tutorial[key]! : null;
}

/** A posture level's name ('Maximalist' …), or 'Level n'. */
export function postureLevelName(level: number): string {
  return currentCatalogue().postureLevels[level] ?? screenText('common.level', { level });
}

/** The assumption presets as the title offers them, hardest for the West first. */
export function assumptionPresets(text: WorkshopText = workshopTexts()): PresetText[] {
  return Object.entries(text.presets).map(([id, p]) => ({ id, ...p }));
}
