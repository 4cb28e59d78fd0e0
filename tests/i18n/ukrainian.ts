/** Loads the Ukrainian texts and scenario prose for a test, as the page does when it starts in Ukrainian. */
import { registerUkrainianProse } from '../../src/scenario/prose-uk';
import { registerUkrainianTexts } from '../../src/text/texts-uk';

/** Registers every Ukrainian text (catalogues and scenario prose); setActiveLanguage('uk') then writes in it. */
export function registerUkrainian(): void {
  registerUkrainianTexts();
  registerUkrainianProse();
}
