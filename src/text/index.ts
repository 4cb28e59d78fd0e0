/**
 * The text layer's public surface: the English catalogue and pure functions that turn the
 * engine's codes and numbers into words. No DOM: the page puts these strings in textContent.
 */
export {
  currentCatalogue,
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
  currentMessages,
  MESSAGES_EN,
  type MessageCatalogue,
  type MessageCondition,
  type MessageTemplate,
} from './messages';
export { screenText, screenTexts, SCREEN_TEXT_EN, type ScreenTextKey, type ScreenTexts } from './screens';
export { briefingWords, BRIEFING_EN, chartTabLabels } from './briefing';
export { countOf, nouns, pluralForm, type PluralForms } from './plural';
export {
  activeLanguage,
  inActiveLanguage,
  isLanguage,
  registerTexts,
  textsInActiveLanguage,
  LANGUAGE_NAMES,
  languageFromTags,
  linkInActiveLanguage,
  LANGUAGES,
  setActiveLanguage,
  type Language,
} from './language';
/** The widgets' words, by widget folder; uiWords() is the active language's catalogue. */
export { UI_WORDS_EN, uiWords, type UiWords } from './ui-words';
export {
  chartUnit,
  formatIndicator,
  groupLabel,
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
  workshopTexts,
  type OverrideTargetText,
  type PresetText,
  type TutorialText,
} from './workshop';
export { csvHeader } from './exports';
export { placeName } from './places';
export { countdownText, ROOM_EN, roomWords, type RoomText } from './room';
export { defaultGameName, GAMES_EN, gamesWords, lastPlayedText, type GamesText } from './games';
