/**
 * The text layer's public surface: the English catalogue and pure functions that turn the
 * engine's codes and numbers into words. No DOM: the page puts these strings in textContent.
 */
export {
  EN,
  INDICATOR_GROUPS,
  type EventTemplate,
  type GoodDirection,
  type IndicatorGroup,
  type IndicatorText,
  type TemplateVariant,
  type TextCatalogue,
  type ThresholdText,
  type ValueFormat,
  type VariantCondition,
} from './catalogue';
export {
  describeCause,
  describeEvent,
  describeNegotiationReason,
  hasEventText,
  kremlinOptionText,
  negotiationResponseLabel,
  type EventText,
  type KremlinOptionText,
} from './describe';
export { formatNumber, formatRatio, interpolate, joinPhrases, MISSING } from './format';
/** The briefing's words (the situation, its cards and the 'your turn' strip). */
export { default as BRIEFING_EN } from './briefing-en.json';
/** Short labels of the key charts' tabs, by indicator. */
export { default as CHART_TAB_LABELS_EN } from './chart-tabs-en.json';
export { countOf, englishNoun, NOUNS, pluralForm, type PluralForms } from './plural';
export {
  chartUnit,
  formatIndicator,
  indicatorInfo,
  judgeChange,
  quarterText,
  quarterTextIn,
  verdictText,
  type ChangeVerdict,
} from './indicators';
export {
  assumptionPresets,
  kremlinHiddenLabel,
  kremlinOptionClosed,
  kremlinOptionSize,
  overrideTargetText,
  postureLevelName,
  tutorialText,
  WORKSHOP_EN,
  type OverrideTargetText,
  type PresetText,
  type TutorialText,
} from './workshop';
