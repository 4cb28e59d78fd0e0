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
export {
  describeMessage,
  hasMessageText,
  MESSAGES_EN,
  type MessageCatalogue,
  type MessageCondition,
  type MessageTemplate,
} from './messages';
export { screenText, SCREEN_TEXT_EN, type ScreenTextKey, type ScreenTexts } from './screens';
/** The briefing's words (the situation, its cards and the 'your turn' strip). */
export { default as BRIEFING_EN } from './briefing-en.json';
/** Short labels of the key charts' tabs, by indicator. */
export { default as CHART_TAB_LABELS_EN } from './chart-tabs-en.json';
export { countOf, englishNoun, NOUNS, pluralForm, type PluralForms } from './plural';
/** The widgets' words, by widget folder; uiWords() is the active language's catalogue. */
export { UI_WORDS_EN, uiWords, type UiWords } from './ui-words';
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
export { countdownText, ROOM_EN, roomWords, type RoomText } from './room';
export { defaultGameName, GAMES_EN, gamesWords, lastPlayedText, type GamesText } from './games';
