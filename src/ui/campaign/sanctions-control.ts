/**
 * The "Sanctions" control: a radiogroup of the scenario's named levels, each a radio card with
 * its one-line summary and its cost to Western cohesion a quarter.
 */
import { el, uid } from '../dom';
import { signed } from '../signed';
import { uiWords } from '../../text';

/** One sanctions level as the card shows it. */
export interface SanctionsOption {
  readonly level: number;
  readonly name: string;
  readonly summary: string;
  /** Cohesion points a quarter at this level (− is a cost). */
  readonly cohesionPerQuarter: number;
}

/** Builds the control; `update` moves the checked level. */
export function createSanctionsControl(
  options: readonly SanctionsOption[],
  level: number,
  onLevel: (level: number) => void,
): { root: HTMLElement; update(level: number): void } {
  const name = uid('sanctions');
  const headingId = uid('sanctions-h');
  const descIds = options.map(() => uid('sanctions-desc'));
  const inputs = options.map((o, i) => {
    // The summary describes the radio even while it is visually collapsed (only the chosen level shows it).
    const input = el('input', {
      attrs: { type: 'radio', name, value: String(o.level), 'aria-describedby': descIds[i]! },
    });
    input.addEventListener('change', () => input.checked && onLevel(o.level));
    return input;
  });
  const cards = options.map((o, i) =>
    el('label', { className: 'rcard rcard--compact' }, [
      inputs[i]!,
      el('span', { className: 'rcard__name', text: o.name }),
      el('span', { className: 'rcard__side', text: signed(o.cohesionPerQuarter) }),
      el('span', { className: 'rcard__desc', text: o.summary, attrs: { id: descIds[i]! } }),
    ]),
  );
  const root = el('div', { className: 'sanctions' }, [
    el('div', { className: 'sanctions__head' }, [
      el('h3', {
        className: 'sanctions__label',
        text: uiWords().campaign.sanctions,
        attrs: { id: headingId },
      }),
      el('span', { className: 'muted', text: uiWords().campaign.sanctionsCostUnit }),
    ]),
    el(
      'div',
      { className: 'stack sanctions__list', attrs: { role: 'radiogroup', 'aria-labelledby': headingId } },
      cards,
    ),
  ]);
  const update = (l: number): void => {
    inputs.forEach((input, i) => {
      input.checked = options[i]?.level === l;
    });
  };
  update(level);
  return { root, update };
}
