/** Keyboard-only navigation: moving focus with Tab until it reaches a named control. */
import { expect, type Locator, type Page } from '@playwright/test';

/** ARIA roles the keyboard helpers accept (the roles getByRole knows). */
export type AriaRole = Parameters<Page['getByRole']>[0];

/** Options of {@link tabTo}. */
export interface TabToOptions {
  /** Most key presses before giving up (default 200). */
  readonly maxPresses?: number;
  /** Move backwards with Shift+Tab instead of Tab. */
  readonly backwards?: boolean;
  /** Where to look for the control (default: the whole page). */
  readonly within?: Locator;
}

/** True when the focused element is one of the locator's elements or inside one of them. */
export async function holdsFocus(target: Locator): Promise<boolean> {
  return target.evaluateAll((nodes) => {
    const active = document.activeElement;
    return active !== null && nodes.some((n) => n === active || n.contains(active));
  });
}

/** A short description of the focused element, for failure messages. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'the page body';
    const role = a.getAttribute('role') ?? a.tagName.toLowerCase();
    const name = a.getAttribute('aria-label') ?? (a.textContent ?? '').trim().slice(0, 60);
    return `${role} "${name}"`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element is the control with this role and
 * accessible name (or sits inside it, as a radio inside a radiogroup does), pressing at most
 * `maxPresses` times. Keyboard only: it never clicks. Returns the control's locator.
 */
export async function tabTo(
  page: Page,
  role: AriaRole,
  name: string | RegExp,
  options: TabToOptions = {},
): Promise<Locator> {
  const { maxPresses = 200, backwards = false } = options;
  const scope = options.within ?? page;
  const target = scope.getByRole(role, { name, exact: typeof name === 'string' });
  await expect(target.first(), `a ${role} named ${String(name)} to tab to`).toBeVisible();
  const key = backwards ? 'Shift+Tab' : 'Tab';
  for (let presses = 0; presses <= maxPresses; presses += 1) {
    if (await holdsFocus(target)) return target;
    await page.keyboard.press(key);
  }
  throw new Error(
    `${key} pressed ${maxPresses} times without reaching the ${role} "${String(name)}"; focus is on ${await describeFocus(page)}`,
  );
}

/**
 * Checks that the focused element shows its focus: it matches :focus-visible and it, or the label
 * wrapping it (radio cards draw the ring on the card), has an outline or a box shadow.
 */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const state = await page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return { focusVisible: false, ring: false };
    const drawsRing = (node: Element | null): boolean => {
      if (!node) return false;
      const s = getComputedStyle(node);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      return outline || s.boxShadow !== 'none';
    };
    return {
      focusVisible: active.matches(':focus-visible'),
      ring: drawsRing(active) || drawsRing(active.closest('label')),
    };
  });
  expect(state.focusVisible, `focus is keyboard-visible on ${await describeFocus(page)}`).toBe(true);
  expect(state.ring, `a focus ring is drawn for ${await describeFocus(page)}`).toBe(true);
}
