/**
 * The projector's part of the console: open the projector window, print the role briefs, and pick
 * the two or three key charts the projector shows (checkboxes; the choice always stays at two or
 * three, and says so).
 */
import { button, el, uid } from '../dom';
import { uiWords } from '../../text';

/** A chart the projector can show. */
export interface ChartChoice {
  readonly id: string;
  readonly label: string;
}

/** Toggles `id` in `chosen` within two to three charts; returns the new choice or null when not allowed; pure. */
export function toggleChart(chosen: readonly string[], id: string, on: boolean): string[] | null {
  const next = on ? [...new Set([...chosen, id])] : chosen.filter((c) => c !== id);
  return next.length >= 2 && next.length <= 3 ? next : null;
}

/** Builds the section; `update` checks the charts shown now. */
export function createProjectorPicker(
  charts: readonly ChartChoice[],
  cb: { onCharts: (ids: string[]) => void; onOpenProjector: () => void; onRoleBriefs: () => void },
): { root: HTMLElement; update(chosen: readonly string[]): void } {
  const words = uiWords().facilitator;
  const hintId = uid('proj-hint');
  const hint = el('p', {
    className: 'muted',
    text: words.projectorHint,
    attrs: { id: hintId, 'aria-live': 'polite' },
  });
  let chosen: readonly string[] = [];
  const boxes = charts.map((c) => {
    const input = el('input', { attrs: { type: 'checkbox', value: c.id, 'aria-describedby': hintId } });
    input.addEventListener('change', () => {
      const next = toggleChart(chosen, c.id, input.checked);
      if (next === null) {
        input.checked = !input.checked;
        hint.textContent = input.checked ? words.projectorAtLeastTwo : words.projectorAtMostThree;
        return;
      }
      hint.textContent = words.projectorHint;
      cb.onCharts(next);
    });
    return {
      id: c.id,
      input,
      root: el('label', { className: 'toggle' }, [input, el('span', { text: c.label })]),
    };
  });
  const open = button(words.openProjector, cb.onOpenProjector, 'default', 'btn--small');
  const root = el('div', { className: 'stack projector-picker' }, [
    el('div', { className: 'row' }, [
      open,
      button(words.roleBriefs, cb.onRoleBriefs, 'default', 'btn--small'),
    ]),
    el('fieldset', { className: 'group' }, [
      el('legend', { text: words.projectorCharts }),
      el(
        'div',
        { className: 'projector-picker__grid' },
        boxes.map((b) => b.root),
      ),
      hint,
    ]),
  ]);
  return {
    root,
    update(next) {
      chosen = next;
      for (const b of boxes) b.input.checked = next.includes(b.id);
    },
  };
}
