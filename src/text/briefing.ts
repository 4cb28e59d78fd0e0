/**
 * The briefing's words (src/text/briefing-*.json: the situation, its cards and the 'your turn'
 * strip) and the key charts' short tab labels (chart-tabs-*.json), each in the active language.
 */
import briefingEn from './briefing-en.json';
import tabsEn from './chart-tabs-en.json';
import { textsInActiveLanguage } from './language';

/** The shape of a briefing file: the English one's. */
export type BriefingWords = typeof briefingEn;

/** The English briefing. */
export const BRIEFING_EN: BriefingWords = briefingEn;

/** The briefing in the active language. */
export function briefingWords(): BriefingWords {
  return textsInActiveLanguage('briefing', BRIEFING_EN);
}

/** The key charts' short tab labels by chart id, in the active language. */
export function chartTabLabels(): Readonly<Record<string, string>> {
  return textsInActiveLanguage('chartTabs', tabsEn);
}
