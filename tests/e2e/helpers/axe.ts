/** axe-core in the browser tests: the WCAG 2.2 AA rules a screen breaks, one line each. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { screenAtRest } from './screenshots';

/** The WCAG levels checked (A and AA of 2.0, 2.1 and 2.2). */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules axe broke on this page, one line each ("rule: target — help"). */
export async function violations(page: Page): Promise<string[]> {
  // Dialogs fade in: colours are measured once nothing moves.
  await screenAtRest(page);
  const result = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}
