/**
 * Small DOM builders for the widgets. Text always goes in through textContent, never as markup,
 * so figures and source titles from data files can never inject anything into the page.
 */

/** Attributes and content for {@link el}. */
export interface ElProps {
  readonly className?: string;
  /** Plain text; set with textContent. */
  readonly text?: string;
  /** Attributes set with setAttribute (aria-*, role, type, for …). */
  readonly attrs?: Readonly<Record<string, string>>;
}

/** Creates an element with a class, text, attributes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElProps = {},
  children: readonly (Node | string | null | undefined)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className !== undefined) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.attrs) for (const [k, v] of Object.entries(props.attrs)) node.setAttribute(k, v);
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** A button with a visible label (its accessible name) and a click handler. */
export function button(
  label: string,
  onClick: () => void,
  variant: 'primary' | 'default' | 'ghost' = 'default',
  extraClass = '',
): HTMLButtonElement {
  const classes = ['btn', variant === 'default' ? '' : `btn--${variant}`, extraClass].filter(Boolean);
  const b = el('button', { className: classes.join(' '), text: label, attrs: { type: 'button' } });
  b.addEventListener('click', onClick);
  return b;
}

/** Replaces every child of a node. */
export function replaceChildren(node: Element, children: readonly (Node | string)[]): void {
  node.replaceChildren(...children);
}

/** Sets text only when it changed, so screen readers and selection are not disturbed needlessly. */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * Writes `text` into a live region two frames from now. A region that comes into the page with its
 * text already in it is not announced by screen readers: the empty region must reach the
 * accessibility tree first (one frame), and the text arrive as a change after it.
 */
export function announceSoon(region: HTMLElement, text: string): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (region.isConnected) setText(region, text);
    }),
  );
}

let idCounter = 0;

/** A page-unique id for aria-labelledby / aria-describedby pairs. */
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** Visually hidden text for screen readers. */
export function srOnly(text: string): HTMLSpanElement {
  return el('span', { className: 'visually-hidden', text });
}
