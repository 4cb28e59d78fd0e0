// Negotiation: "Propose settlement" opens the terms; the Kremlin answers each proposal (reject,
// counter-offer, accept) with its reasons; a proposal on Russia's own terms is accepted and can be
// signed, which ends the game on the debrief.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectOneQuarterFormat, startNewGame } from './helpers/game';
import { saveScreenshot } from './helpers/screenshots';

const NAME = 'negotiation';

/** Terms of a proposal: term name → the start of the option's label. */
type Terms = Readonly<Record<string, string>>;

/** Every term on Russia's preferred option: the Kremlin's own demands. */
const CAPITULATION: Terms = {
  'Ceasefire line': 'Russia gets all four annexed oblasts',
  'Security guarantees for Ukraine': 'None',
  "Limits on Ukraine's armed forces": 'Severe caps',
  'Sanctions relief': 'Full and immediate relief',
  'Recognition of annexation': 'De jure recognition',
};

/** Far beyond what a maximalist Kremlin will discuss. */
const MAXIMAL_DEMANDS: Terms = {
  'Ceasefire line': 'Withdrawal to the lines of 23 February 2022',
  'Security guarantees for Ukraine': 'NATO membership',
  "Limits on Ukraine's armed forces": 'No limits',
  'Sanctions relief': 'No relief',
  'Recognition of annexation': 'No recognition',
};

/** A little more than Russia's demands: close enough to bargain over. */
const NEAR_DEMANDS: Terms = {
  ...CAPITULATION,
  'Ceasefire line': 'Freeze on the current line',
  'Security guarantees for Ukraine': 'Bilateral arms commitments',
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function negotiationDialog(page: Page): Locator {
  return page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Send proposal' }) });
}

/** Picks one option per term (each term is a group of radio buttons named by the term). */
async function chooseTerms(dialog: Locator, terms: Terms): Promise<void> {
  for (const [term, option] of Object.entries(terms)) {
    const radio = dialog
      .getByRole('group', { name: term, exact: true })
      .getByRole('radio', { name: new RegExp(`^${escape(option)}`) });
    await radio.check();
    await expect(radio).toBeChecked();
  }
}

/** Sends the proposal and returns the answer block once it shows. */
async function send(dialog: Locator): Promise<Locator> {
  await dialog.getByRole('button', { name: 'Send proposal' }).click();
  // The answer shows as a region named by its heading, and a live region says it once in words.
  const answer = dialog.getByRole('region', { name: /Kremlin.s answer/ });
  await expect(answer).toBeVisible();
  await expect(dialog.locator('[aria-live]').filter({ hasText: /^The Kremlin.s answer/ })).toHaveCount(1);
  return answer;
}

test('a settlement is proposed, answered with reasons, and signed', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await startNewGame(page, { seed: 3 });
  await page.getByRole('button', { name: 'Propose settlement' }).click();
  const dialog = negotiationDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/posture/i);
  await saveScreenshot(page, NAME, 'terms');

  // Maximal demands: rejected, with the terms he objects to.
  await chooseTerms(dialog, MAXIMAL_DEMANDS);
  let answer = await send(dialog);
  await expect(answer).toContainText(/Rejected/);
  await expect(answer.getByRole('listitem').first()).toBeVisible();
  await expect(answer).toContainText(/objects to/);
  await expect(answer.getByRole('button', { name: /sign|accept/i })).toHaveCount(0);
  await saveScreenshot(page, NAME, 'rejected');

  // Close to his demands: a counter-offer, listing its terms.
  await chooseTerms(dialog, NEAR_DEMANDS);
  await expect(dialog.getByText(/Kremlin.s answer/)).toHaveCount(0);
  answer = await send(dialog);
  await expect(answer).toContainText(/Counter-offer/);
  await expect(answer).toContainText(/counter-proposal/);
  await expect(answer.getByRole('button', { name: 'Accept counter-offer' })).toBeVisible();
  await saveScreenshot(page, NAME, 'counter-offer');

  // His own terms: accepted, with the reason.
  await chooseTerms(dialog, CAPITULATION);
  answer = await send(dialog);
  await expect(answer).toContainText(/Accepted/);
  await expect(answer).toContainText(/within what he can accept/);
  await saveScreenshot(page, NAME, 'accepted');

  await answer.getByRole('button', { name: 'Sign the settlement' }).click();
  await expect(dialog).toHaveCount(0);
  const playAgain = page.getByRole('button', { name: 'Play again' });
  await expect(playAgain).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/settlement/i);
  await expect(page.getByRole('main')).toContainText(/Russia gets all four annexed oblasts/);
  await saveScreenshot(page, NAME, 'debrief');
  await expectOneQuarterFormat(page);
});
