/**
 * The Ukrainian texts: every catalogue of the text layer in Ukrainian, typed as its English
 * counterpart so that a missing key fails to compile. The page loads this module (a chunk of its
 * own) only when it starts in Ukrainian, and registers it before the first screen.
 */
import briefing from './briefing-uk.json';
import chartTabs from './chart-tabs-uk.json';
import exportsColumns from './exports-uk.json';
import games from './games-uk.json';
import locale from './locale-uk.json';
import messages from './messages-uk.json';
import nouns from './nouns-uk.json';
import places from './places-uk.json';
import room from './room-uk.json';
import screens from './screens-uk.json';
import ui from './ui-uk.json';
import workshop from './workshop-uk.json';
import type { BriefingWords } from './briefing';
import type { TextCatalogue } from './catalogue';
import type { GamesText } from './games';
import { registerTexts } from './language';
import type { MessageCatalogue } from './messages';
import type { NounName, PluralForms } from './plural';
import type { RoomText } from './room';
import type { ScreenTexts } from './screens';
import type { UiWords } from './ui-words';
import type { WorkshopText } from './workshop';
import type chartTabsEn from './chart-tabs-en.json';

/** Every Ukrainian catalogue, by the name the text layer asks for it. */
export const UKRAINIAN_TEXTS = {
  briefing: briefing satisfies BriefingWords,
  chartTabs: chartTabs satisfies typeof chartTabsEn,
  exports: exportsColumns satisfies Readonly<Record<string, string>>,
  games: games satisfies GamesText,
  locale: locale as TextCatalogue,
  messages: messages satisfies MessageCatalogue,
  nouns: nouns satisfies Readonly<Record<NounName, PluralForms>> & { $comment: string },
  places: places satisfies Readonly<Record<string, string>>,
  room: room satisfies RoomText,
  screens: screens satisfies ScreenTexts,
  ui: ui satisfies UiWords,
  workshop: workshop as WorkshopText,
} as const;

/** Registers the Ukrainian texts, so that the game writes in Ukrainian once Ukrainian is active. */
export function registerUkrainianTexts(): void {
  registerTexts('uk', UKRAINIAN_TEXTS);
}
