/**
 * The briefing's words (src/text/briefing-*.json: the situation, its cards and the 'your turn'
 * strip) and the key charts' short tab labels (chart-tabs-*.json), each in the active language.
 */
import briefingEn from './briefing-en.json';
import briefingUk from './briefing-uk.json';
import tabsEn from './chart-tabs-en.json';
import tabsUk from './chart-tabs-uk.json';
import { inActiveLanguage } from './language';

/** The shape of a briefing file: the English one's. */
export type BriefingWords = typeof briefingEn;

/** The English briefing. */
export const BRIEFING_EN: BriefingWords = briefingEn;

/** The Ukrainian briefing, typed as the English one so that a missing key fails to compile. */
export const BRIEFING_UK: BriefingWords = briefingUk;

/** The briefing in the active language. */
export function briefingWords(): BriefingWords {
  return inActiveLanguage({ en: BRIEFING_EN, uk: BRIEFING_UK });
}

const TABS_UK: typeof tabsEn = tabsUk;

/** The key charts' short tab labels by chart id, in the active language. */
export function chartTabLabels(): Readonly<Record<string, string>> {
  return inActiveLanguage({ en: tabsEn, uk: TABS_UK });
}
