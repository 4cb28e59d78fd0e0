/**
 * A scroll cue for panels that scroll inside themselves: while more content lies below the visible
 * part, the panel gets `data-more="below"`, which the stylesheet turns into a fade at its bottom
 * edge (and, where a screen asks for it, a "more below" hint). Without it, clipped text gives no
 * sign that there is more.
 */

/** True when content lies below the visible part of a scroll box (with 2 px of tolerance); pure. */
export function hasMoreBelow(box: {
  scrollTop: number;
  clientHeight: number;
  scrollHeight: number;
}): boolean {
  return box.scrollTop + box.clientHeight < box.scrollHeight - 2;
}

/**
 * A box that scrolls can be reached from the keyboard (so its arrow keys scroll it), unless it has
 * a tab stop of its own; the tab stop goes again when the box no longer scrolls.
 */
export function keyboardScrollable(node: HTMLElement): void {
  const scrolls = node.scrollHeight > node.clientHeight + 1;
  const added = node.hasAttribute('data-scroll-focus');
  if (scrolls && !added && !node.hasAttribute('tabindex')) {
    node.setAttribute('tabindex', '0');
    node.setAttribute('data-scroll-focus', '');
  } else if (!scrolls && added) {
    node.removeAttribute('tabindex');
    node.removeAttribute('data-scroll-focus');
  }
}

/** Keeps a box reachable from the keyboard while it scrolls, as its size and content change. */
export function followKeyboardScroll(node: HTMLElement): () => void {
  const update = (): void => keyboardScrollable(node);
  const sizes = new ResizeObserver(update);
  sizes.observe(node);
  const content = new MutationObserver(update);
  content.observe(node, { childList: true, subtree: true, characterData: true });
  requestAnimationFrame(update);
  return () => {
    sizes.disconnect();
    content.disconnect();
  };
}

/**
 * Follows `node`'s scroll position and size (the cue, and a tab stop while it scrolls); returns a
 * function that stops following.
 */
export function attachScrollCue(node: HTMLElement): () => void {
  const update = (): void => {
    keyboardScrollable(node);
    const more = hasMoreBelow(node);
    // Only on a change, so the attribute never feeds the observers below a needless record.
    if (more === node.hasAttribute('data-more')) return;
    if (more) node.setAttribute('data-more', 'below');
    else node.removeAttribute('data-more');
  };
  node.classList.add('scroll-cue');
  node.addEventListener('scroll', update, { passive: true });
  // The box and each of its children: a child that grows (a card opening its summary) changes the
  // scroll height without changing the box.
  const observer = new ResizeObserver(update);
  const observeAll = (): void => {
    observer.observe(node);
    for (const child of node.children) observer.observe(child);
  };
  observeAll();
  const mutations = new MutationObserver(() => {
    observeAll();
    update();
  });
  mutations.observe(node, { childList: true, subtree: true, characterData: true });
  requestAnimationFrame(update);
  return () => {
    node.removeEventListener('scroll', update);
    observer.disconnect();
    mutations.disconnect();
  };
}
