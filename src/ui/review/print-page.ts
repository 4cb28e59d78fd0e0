/**
 * The print page: one element under <body> (#print-root) that holds what window.print() puts on
 * paper. On screen it is never shown; in print media (src/styles/print.css) it is the only thing
 * shown. The debrief keeps its memo there while it is open, so the browser's own Print or "Save as
 * PDF" gives the memo; the role briefs put their pages there while their dialog is open.
 */
import { el } from '../dom';

const ROOT_ID = 'print-root';

function printRoot(): HTMLElement {
  const found = document.getElementById(ROOT_ID);
  if (found) return found;
  const root = el('div', { attrs: { id: ROOT_ID } });
  document.body.append(root);
  return root;
}

/**
 * Puts `nodes` on the print page; the returned function puts back what was there before (call it
 * when the screen or dialog that owns the content closes).
 */
export function setPrintContent(nodes: readonly Node[]): () => void {
  const root = printRoot();
  const before = [...root.childNodes];
  root.replaceChildren(...nodes);
  return () => {
    // Only restore when this content is still the one shown (owners close in reverse order).
    if (nodes.length === 0 || nodes[0]?.parentNode === root) root.replaceChildren(...before);
  };
}

/**
 * Prints `nodes` alone, then restores the print page's previous content. Browsers take what they
 * print when print() is called (Chromium blocks until its dialog closes; others print a copy).
 */
export function printNodes(nodes: readonly Node[]): void {
  const restore = setPrintContent(nodes);
  try {
    window.print();
  } finally {
    restore();
  }
}
