/**
 * Markup checks for the fuzz suite (in a DOM environment): what a builder draws from clean input
 * fixes the element and attribute names it uses; drawn from hostile input, it must use no other,
 * so that nothing of the input became an element or an attribute (every string went in as text).
 */
import { expect } from 'vitest';

/** The element and attribute names under a node (the node included). */
export interface MarkupShape {
  readonly tags: ReadonlySet<string>;
  readonly attributes: ReadonlySet<string>;
}

/** The element and attribute names a node and its descendants use. */
export function shapeOf(root: Element): MarkupShape {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  for (const node of [root, ...root.querySelectorAll('*')]) {
    tags.add(node.tagName.toLowerCase());
    for (const a of node.getAttributeNames()) attributes.add(a.toLowerCase());
  }
  return { tags, attributes };
}

/** The names of both shapes together. */
export function joinShapes(...shapes: readonly MarkupShape[]): MarkupShape {
  return {
    tags: new Set(shapes.flatMap((s) => [...s.tags])),
    attributes: new Set(shapes.flatMap((s) => [...s.attributes])),
  };
}

/**
 * Fails when a node holds an element or an attribute that the builder does not use (as drawn from
 * clean input), an event handler attribute, or a script anywhere in the document.
 */
export function expectNoMarkupFromInput(root: Element, builder: MarkupShape): void {
  const drawn = shapeOf(root);
  const tags = [...drawn.tags].filter((t) => !builder.tags.has(t));
  const attributes = [...drawn.attributes].filter((a) => !builder.attributes.has(a) || a.startsWith('on'));
  const scripts = root.ownerDocument.querySelectorAll('script, iframe, object, embed, base, meta').length;
  if (tags.length > 0 || attributes.length > 0 || scripts > 0) {
    expect({ tags, attributes, scripts }, 'no markup from the input reached the page').toEqual({
      tags: [],
      attributes: [],
      scripts: 0,
    });
  }
}

/** Fails unless the text appears in the node's text as it was written (white space aside). */
export function expectShownAsText(root: Element, text: string): void {
  const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const shown = squeeze(root.textContent ?? '');
  if (!shown.includes(squeeze(text))) expect(shown, 'the input is shown as text').toContain(squeeze(text));
}

/**
 * Gives every canvas a 2D context that takes any drawing call and measures text by its length, so
 * that chart drawing runs (and may fail) as in a browser; happy-dom has no canvas of its own.
 */
export function installFakeCanvas(): void {
  const context = (): CanvasRenderingContext2D => {
    const state: Record<string | symbol, unknown> = {
      measureText: (text: unknown) => ({
        width: String(text).length * 7,
        actualBoundingBoxAscent: 9,
        actualBoundingBoxDescent: 3,
      }),
      getLineDash: () => [],
      createLinearGradient: () => ({ addColorStop: () => undefined }),
    };
    const noop = (): undefined => undefined;
    return new Proxy(state, {
      get: (target, key) => (key in target ? target[key] : noop),
      set: (target, key, value) => {
        target[key] = value;
        return true;
      },
    }) as unknown as CanvasRenderingContext2D;
  };
  HTMLCanvasElement.prototype.getContext = function getContext() {
    return context();
  } as unknown as typeof HTMLCanvasElement.prototype.getContext;
}
