/**
 * The Kremlin player's screen: every option the rules give the Kremlin, with what it does and
 * costs, its size this quarter, its sources, and whether it is open now (or why not); a checkbox
 * to choose each open one, and "Confirm the Kremlin's decisions", which plays the quarter.
 */
import { button, el, uid } from '../dom';
import { icon } from '../icons';
import { createModal } from '../modal';
import { attachScrollCue } from '../scroll-cue';
import { sourceChips, type SourceLookup } from '../source-chip';
import { interpolate, uiWords } from '../../text';

/** One option as the Kremlin player sees it. */
export interface KremlinOptionRow {
  readonly id: string;
  readonly name: string;
  /** What it does and what it costs. */
  readonly description: string;
  /** Its size this quarter, e.g. "150,000 reservists called up; about 100,000 people emigrate." */
  readonly size: string;
  readonly sources: readonly string[];
  readonly open: boolean;
  /** Why it is closed, when it is. */
  readonly closedReason: string;
  readonly chosen: boolean;
}

/** The open screen and its update. */
export interface KremlinTurnView {
  readonly dialog: HTMLDialogElement;
  readonly heading: HTMLElement;
  update(rows: readonly KremlinOptionRow[]): void;
}

/** One option as a card with its checkbox (the hot seat's screen and the room's Kremlin desk). */
export function kremlinOptionCard(
  r: KremlinOptionRow,
  lookup: SourceLookup,
  onToggle: (id: string) => void,
): { root: HTMLElement; input: HTMLInputElement } {
  const descId = uid('kopt');
  const input = el('input', { attrs: { type: 'checkbox', value: r.id, 'aria-describedby': descId } });
  input.disabled = !r.open && !r.chosen;
  input.addEventListener('change', () => onToggle(r.id));
  const root = el('li', { className: `kopt${r.open ? '' : ' kopt--closed'}` }, [
    el('label', { className: 'kopt__choose toggle' }, [
      input,
      el('span', { className: 'kopt__name', text: r.name }),
    ]),
    el('div', { className: 'kopt__body', attrs: { id: descId } }, [
      el('p', { text: r.description }),
      // The size matters only while the option can be taken.
      r.size && r.open ? el('p', { className: 'kopt__size num', text: r.size }) : null,
      el('p', { className: 'kopt__state' }, [
        icon(r.open ? 'check' : 'circle'),
        r.open
          ? uiWords().hotSeat.optionOpen
          : interpolate(uiWords().hotSeat.optionClosed, { reason: r.closedReason }),
        ' ',
        sourceChips(r.sources, lookup),
      ]),
    ]),
  ]);
  return { root, input };
}

/** Builds and opens the Kremlin's screen in `parent`. */
export function openKremlinTurn(
  parent: HTMLElement,
  quarter: string,
  rows: readonly KremlinOptionRow[],
  cb: { onToggle: (id: string) => void; onConfirm: () => void },
  lookup: SourceLookup,
): KremlinTurnView {
  const cards = rows.map((r) => ({ id: r.id, ...kremlinOptionCard(r, lookup, cb.onToggle) }));
  const words = uiWords().hotSeat;
  const chosen = el('p', { className: 'seat__chosen', attrs: { 'aria-live': 'polite' } });
  const confirm = button(words.confirm, cb.onConfirm, 'primary', 'btn--large');
  const list = el(
    'ul',
    { className: 'kopts' },
    cards.map((c) => c.root),
  );
  const modal = createModal({
    title: interpolate(words.kremlinTitle, { quarter }),
    eyebrow: words.kremlinEyebrow,
    className: 'modal--seat modal--kremlin',
    body: [
      el('p', {
        className: 'seat__lead',
        text: words.kremlinLead,
      }),
      list,
    ],
    footer: [chosen, confirm],
  });
  attachScrollCue(modal.body);
  const update = (next: readonly KremlinOptionRow[]): void => {
    for (const c of cards) {
      const r = next.find((x) => x.id === c.id);
      if (!r) continue;
      c.input.checked = r.chosen;
      c.input.disabled = !r.open && !r.chosen;
    }
    const names = next.filter((r) => r.chosen).map((r) => r.name);
    chosen.textContent =
      names.length === 0 ? words.nothingChosen : interpolate(words.chosen, { names: names.join(', ') });
  };
  update(rows);
  modal.open(parent);
  modal.heading.focus();
  return { dialog: modal.dialog, heading: modal.heading, update };
}
