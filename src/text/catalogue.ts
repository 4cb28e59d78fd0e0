/**
 * The shape of a text catalogue (src/text/locale-*.json) and the English catalogue typed as it.
 * Every word the game shows about the simulation lives in the catalogue; code only picks a
 * template and fills its {placeholders}. Tests check the JSON against these types at run time.
 */
import type { IndicatorName } from '../engine';
import localeEn from './locale-en.json';
import { textsInActiveLanguage } from './language';

/** A condition a template variant needs: all given parts must hold. */
export interface VariantCondition {
  /** The event lists this cause code. */
  readonly cause?: string;
  /** The event's value under this key… */
  readonly key?: string;
  /** …is below this number, */
  readonly below?: number;
  /** …above this number, */
  readonly above?: number;
  /** …or equals this string or number. */
  readonly equals?: string | number;
}

/** An alternative headline and/or "because" line for an event, used when its condition holds. */
export interface TemplateVariant {
  readonly when: VariantCondition;
  readonly headline?: string;
  readonly because?: string;
}

/** Texts of one event code. Kremlin options also carry a name and a description. */
export interface EventTemplate {
  readonly headline: string;
  readonly because: string;
  /** Checked in order; the first whose condition holds overrides the texts it gives. */
  readonly variants?: readonly TemplateVariant[];
  readonly name?: string;
  readonly description?: string;
}

/** How an event value is written: digits after the point, a forced sign, or a ratio "1.5:1". */
export interface ValueFormat {
  readonly digits?: number;
  readonly signed?: boolean;
  readonly ratio?: boolean;
}

/** Display groups of the indicators, in the order the UI lists them. */
export const INDICATOR_GROUPS = [
  'Equipment',
  'Ammunition',
  'Manpower',
  'Economy',
  'Battlefield',
  'The West',
  'Kremlin',
] as const;

/** One of the indicator display groups. */
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];

/** Which way an indicator moving is good for the West: 'none' when it is a lever or ambiguous. */
export type GoodDirection = 'up' | 'down' | 'none';

/** What the game says about one indicator. */
export interface IndicatorText {
  readonly label: string;
  /** Display unit, e.g. 'tanks', 'trn ₽', '%'. */
  readonly unit: string;
  /** The unit for a value written as exactly 1, for counts ('1 tank'); the unit itself when absent. */
  readonly unitOne?: string;
  /** Every plural form of a counted unit, for languages with more than two (Ukrainian: 1 танк, 2 танки, 5 танків, 2,5 танка). */
  readonly unitForms?: {
    readonly one: string;
    readonly few: string;
    readonly many: string;
    readonly other: string;
  };
  /** What a unitless value's chart says under its title ('0 to 1, a model estimate'), instead of 'index'. */
  readonly chartUnit?: string;
  /** Optional pattern with {value} when the unit is not simply appended, e.g. '€{value} bn'. */
  readonly format?: string;
  /** Multiplier before display, e.g. 100 for a 0–1 share shown in %. */
  readonly scale?: number;
  /** Write the value as a ratio, '1.5:1' or '1:2'. */
  readonly ratio?: boolean;
  /** Show a + sign on positive values (net changes). */
  readonly signed?: boolean;
  readonly group: IndicatorGroup;
  /** Digits after the decimal point. */
  readonly digits: number;
  readonly description: string;
  /** Keys of scenarios/sources.json. */
  readonly sources: readonly string[];
  readonly goodDirection: GoodDirection;
  /** Id of the posture threshold (T1–T8) this indicator feeds, if any. */
  readonly threshold?: string;
}

/** Texts of a posture threshold: its name and why it turned on or off. */
export interface ThresholdText {
  readonly name: string;
  readonly on: string;
  readonly off: string;
}

/** A whole text catalogue. */
export interface TextCatalogue {
  readonly locale: string;
  readonly ui: Readonly<Record<string, string>>;
  readonly categories: Readonly<Record<string, string>>;
  readonly generic: EventTemplate;
  readonly valueFormats: Readonly<Record<string, ValueFormat>>;
  readonly events: Readonly<Record<string, EventTemplate>>;
  readonly causes: Readonly<Record<string, string>>;
  readonly thresholds: Readonly<Record<string, ThresholdText>>;
  readonly postureLevels: readonly string[];
  readonly negotiation: {
    readonly responses: Readonly<Record<'accept' | 'reject' | 'counter', string>>;
    readonly reasons: Readonly<Record<string, string>>;
    readonly unknownReason: string;
  };
  readonly indicators: Readonly<Record<IndicatorName, IndicatorText>>;
}

/** The English catalogue. */
export const EN: TextCatalogue = localeEn as TextCatalogue;

/** The catalogue of the active language. */
export function currentCatalogue(): TextCatalogue {
  return textsInActiveLanguage('locale', EN);
}
