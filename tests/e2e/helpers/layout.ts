/**
 * Layout checks run in the page: horizontal scroll, overlapping text, and the smallest font size
 * of the text a player can see.
 */
import type { Locator, Page } from '@playwright/test';

/** A piece of visible text and where it is drawn (page pixels, clipped by its scroll containers). */
export interface TextBox {
  /** The text, shortened to 60 characters. */
  readonly text: string;
  /** A CSS-like path to its element, for failure messages. */
  readonly where: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  /** Computed font size, px. */
  readonly fontSize: number;
}

/** Two text boxes that overlap, and by how much (px on each axis). */
export interface TextOverlap {
  readonly a: TextBox;
  readonly b: TextBox;
  readonly overlapX: number;
  readonly overlapY: number;
}

/** True when the page scrolls sideways (its content is wider than the viewport). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    return doc.scrollWidth > doc.clientWidth + 1 || document.body.scrollWidth > doc.clientWidth + 1;
  });
}

/**
 * The visible text inside `root` (each text shortened to `maxChars`): one box per line of every element that holds text directly
 * (its own text nodes, measured with a Range), clipped by it and every ancestor that hides overflow, so
 * text scrolled out of a panel or hidden by `visually-hidden` clipping does not count.
 */
export async function visibleTextBoxes(root: Locator, maxChars = 60): Promise<TextBox[]> {
  return root.evaluate((rootNode, maxChars) => {
    const boxes: {
      text: string;
      where: string;
      left: number;
      top: number;
      right: number;
      bottom: number;
      fontSize: number;
    }[] = [];
    const pathOf = (node: Element): string => {
      const parts: string[] = [];
      for (
        let n: Element | null = node;
        n && n !== rootNode.parentElement && parts.length < 4;
        n = n.parentElement
      ) {
        const cls =
          typeof n.className === 'string' && n.className
            ? `.${n.className.trim().split(/\s+/).join('.')}`
            : '';
        parts.unshift(`${n.tagName.toLowerCase()}${cls}`);
      }
      return parts.join(' > ');
    };
    // The rect an element clips its content to, or null when it does not clip.
    const clipRectOf = (n: Element): DOMRect | null => {
      const style = getComputedStyle(n);
      const r = n.getBoundingClientRect();
      // `clip: rect(top, right, bottom, left)` (absolutely positioned elements), e.g. visually-hidden.
      const clip = /^rect\((.*)\)$/.exec(style.clip);
      if (clip && (style.position === 'absolute' || style.position === 'fixed')) {
        const [top, right, bottom, left] = (clip[1] ?? '').split(/[ ,]+/);
        const at = (v: string | undefined, auto: number): number =>
          !v || v === 'auto' ? auto : parseFloat(v);
        const x0 = r.left + at(left, 0);
        const y0 = r.top + at(top, 0);
        const x1 = r.left + at(right, r.width);
        const y1 = r.top + at(bottom, r.height);
        return new DOMRect(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
      }
      const clips =
        style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.clipPath !== 'none';
      return clips ? r : null;
    };
    const clipOf = (node: Element): DOMRect | null => {
      let clip = new DOMRect(-1e6, -1e6, 2e6, 2e6);
      for (let n: Element | null = node; n; n = n.parentElement) {
        const r = clipRectOf(n);
        if (!r) continue;
        const left = Math.max(clip.left, r.left);
        const top = Math.max(clip.top, r.top);
        const right = Math.min(clip.right, r.right);
        const bottom = Math.min(clip.bottom, r.bottom);
        if (right <= left || bottom <= top) return null;
        clip = new DOMRect(left, top, right - left, bottom - top);
      }
      return clip;
    };
    const walker = document.createTreeWalker(rootNode, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.currentNode as Element | null; node; node = walker.nextNode() as Element | null) {
      if (!(node instanceof HTMLElement) && !(node instanceof SVGElement)) continue;
      const own = [...node.childNodes].filter(
        (c) => c.nodeType === Node.TEXT_NODE && (c.textContent ?? '').trim() !== '',
      );
      if (own.length === 0) continue;
      if (
        !node.checkVisibility({
          opacityProperty: true,
          visibilityProperty: true,
          contentVisibilityAuto: true,
        })
      )
        continue;
      const style = getComputedStyle(node);
      const clip = clipOf(node);
      if (!clip) continue;
      for (const textNode of own) {
        const range = document.createRange();
        range.selectNodeContents(textNode);
        for (const r of range.getClientRects()) {
          const left = Math.max(r.left, clip.left);
          const top = Math.max(r.top, clip.top);
          const right = Math.min(r.right, clip.right);
          const bottom = Math.min(r.bottom, clip.bottom);
          if (right - left < 2 || bottom - top < 2) continue;
          boxes.push({
            text: (textNode.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, maxChars),
            where: pathOf(node),
            left: left + window.scrollX,
            top: top + window.scrollY,
            right: right + window.scrollX,
            bottom: bottom + window.scrollY,
            fontSize: parseFloat(style.fontSize),
          });
        }
      }
    }
    return boxes;
  }, maxChars);
}

/**
 * Pairs of visible text boxes inside `root` that overlap by more than `tolerance` px on both axes
 * (lines of the same text node never count against each other). A text box spans the font's whole
 * ascent and descent, beyond the ink of most letters, so the default tolerance of 3 px ignores
 * boxes that touch without any letter touching.
 */
export async function overlappingText(root: Locator, tolerance = 3): Promise<TextOverlap[]> {
  const boxes = await visibleTextBoxes(root);
  const pairs: TextOverlap[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.where === b.where && a.text === b.text) continue;
      const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (overlapX > tolerance && overlapY > tolerance) pairs.push({ a, b, overlapX, overlapY });
    }
  }
  return pairs;
}

/** One line per overlap, readable in a failure message. */
export function describeOverlaps(pairs: readonly TextOverlap[]): string[] {
  const r = (n: number): number => Math.round(n);
  return pairs.map(
    (p) =>
      `"${p.a.text}" (${p.a.where}) overlaps "${p.b.text}" (${p.b.where}) by ${r(p.overlapX)}×${r(p.overlapY)} px`,
  );
}

/** The smallest font size among the visible text inside `root`, with the texts that have it. */
export async function smallestText(root: Locator): Promise<{ fontSize: number; examples: string[] }> {
  const boxes = await visibleTextBoxes(root);
  const fontSize = Math.min(...boxes.map((b) => b.fontSize));
  const examples = boxes
    .filter((b) => b.fontSize === fontSize)
    .slice(0, 8)
    .map((b) => `"${b.text}" (${b.where})`);
  return { fontSize, examples };
}

/** Every visible text smaller than `minPx`, as "size px: text (where)". */
export async function textSmallerThan(root: Locator, minPx: number): Promise<string[]> {
  const boxes = await visibleTextBoxes(root);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const b of boxes) {
    if (b.fontSize >= minPx) continue;
    const line = `${b.fontSize}px: "${b.text}" (${b.where})`;
    if (!seen.has(line)) {
      seen.add(line);
      out.push(line);
    }
  }
  return out;
}
