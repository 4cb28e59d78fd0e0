/**
 * The "Military aid" slider: a native range input (0 to the scenario's maximum, step 0.1) with a
 * datalist of the named marks and drawn labels under it, the value in words, and this quarter's
 * cost to Western cohesion.
 */
import { el, uid } from '../dom';
import { euroBnPerQuarter, signed } from '../signed';
import { interpolate, uiWords } from '../../text';

/** A named point on the aid scale. */
export interface AidMark {
  readonly value: number;
  readonly label: string;
}

/** What the slider shows. */
export interface AidProps {
  readonly aid: number;
  readonly max: number;
  readonly marks: readonly AidMark[];
  /** Cohesion points this aid level adds (+) or costs (−) this quarter. */
  readonly cohesionPerQuarter: number;
}

/** Position of a value along the track as a CSS calc() that allows for the thumb's width; pure. */
export function markPosition(value: number, max: number, thumbPx = 20): string {
  const f = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return `calc(${(f * 100).toFixed(2)}% + ${(thumbPx / 2 - f * thumbPx).toFixed(1)}px)`;
}

/** Builds the aid control; `update` syncs it. */
export function createAidSlider(
  props: AidProps,
  onAid: (aid: number) => void,
): { root: HTMLElement; update(p: AidProps): void } {
  const id = uid('aid');
  const listId = uid('aid-marks');
  const input = el('input', {
    className: 'range aid__input',
    attrs: { id, type: 'range', min: '0', max: String(props.max), step: '0.1', list: listId },
  });
  input.addEventListener('input', () => onAid(Number(input.value)));
  const value = el('output', { className: 'aid__value num', attrs: { for: id } });
  const cost = el('p', { className: 'aid__cost num' });
  const datalist = el(
    'datalist',
    { attrs: { id: listId } },
    props.marks.map((m) => el('option', { attrs: { value: String(m.value), label: m.label } })),
  );
  const marks = el(
    'div',
    { className: 'aid__marks', attrs: { 'aria-hidden': 'true' } },
    props.marks.map((m, i) => {
      const mark = el('span', { className: `aid__mark aid__mark--row${i % 2}`, text: m.label });
      mark.style.left = markPosition(m.value, props.max);
      mark.addEventListener('click', () => onAid(m.value));
      return mark;
    }),
  );
  const root = el('div', { className: 'aid' }, [
    el('div', { className: 'aid__head' }, [
      el('label', { className: 'aid__label', text: uiWords().campaign.militaryAid, attrs: { for: id } }),
      value,
    ]),
    input,
    datalist,
    marks,
    cost,
  ]);
  const update = (p: AidProps): void => {
    if (Number(input.value) !== p.aid) input.value = String(p.aid);
    const words = euroBnPerQuarter(p.aid);
    value.textContent = words;
    input.setAttribute('aria-valuetext', words);
    cost.textContent = interpolate(uiWords().campaign.aidCohesionCost, {
      change: signed(p.cohesionPerQuarter),
    });
    cost.classList.toggle('aid__cost--loss', p.cohesionPerQuarter < 0);
  };
  update(props);
  return { root, update };
}
