/**
 * One shared tooltip for source chips and indicator rows. It opens on hover and on keyboard focus,
 * closes on leave, blur and Escape, and is wired with aria-describedby so screen readers read it.
 */
import { el } from './dom';

/** What a tooltip shows: a bold title and plain lines below it. */
export interface TipContent {
  readonly title: string;
  readonly lines: readonly string[];
}

const TIP_ID = 'shared-tip';
let tipNode: HTMLDivElement | null = null;

function tip(): HTMLDivElement {
  if (tipNode && tipNode.isConnected) return tipNode;
  tipNode = el('div', { className: 'tip', attrs: { id: TIP_ID, role: 'tooltip' } });
  tipNode.hidden = true;
  // Inside an open modal dialog only the top layer is visible; attach there when one is open.
  document.body.append(tipNode);
  return tipNode;
}

/** Where to put a tooltip box of size (w, h) next to an anchor rect inside a viewport; pure. */
export function placeTip(
  anchor: { left: number; top: number; bottom: number; width: number },
  w: number,
  h: number,
  viewW: number,
  viewH: number,
): { left: number; top: number } {
  const gap = 8;
  let left = anchor.left + anchor.width / 2 - w / 2;
  left = Math.max(gap, Math.min(left, viewW - w - gap));
  let top = anchor.bottom + gap;
  if (top + h > viewH - gap) top = Math.max(gap, anchor.top - h - gap);
  return { left, top };
}

function show(target: HTMLElement, content: TipContent): void {
  const node = tip();
  const host = target.closest('dialog') ?? document.body;
  if (node.parentElement !== host) host.append(node);
  node.replaceChildren(
    el('div', { className: 'tip__title', text: content.title }),
    ...content.lines.map((line) => el('div', { text: line })),
  );
  node.hidden = false;
  const r = target.getBoundingClientRect();
  const pos = placeTip(r, node.offsetWidth, node.offsetHeight, window.innerWidth, window.innerHeight);
  node.style.left = `${pos.left}px`;
  node.style.top = `${pos.top}px`;
  target.setAttribute('aria-describedby', TIP_ID);
}

function hide(target: HTMLElement): void {
  if (tipNode) tipNode.hidden = true;
  target.removeAttribute('aria-describedby');
}

/** Makes `target` show `content()` on hover and focus. The content is read lazily. */
export function attachTip(target: HTMLElement, content: () => TipContent): void {
  const open = (): void => show(target, content());
  const close = (): void => hide(target);
  target.addEventListener('mouseenter', open);
  target.addEventListener('focus', open);
  target.addEventListener('mouseleave', close);
  target.addEventListener('blur', close);
  target.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && tipNode && !tipNode.hidden) {
      e.stopPropagation();
      close();
    }
  });
}

/** Closes the tooltip wherever it is (screens call this when they are torn down). */
export function hideTip(): void {
  if (tipNode) tipNode.hidden = true;
}
