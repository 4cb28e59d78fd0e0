/**
 * The Kremlin's answer: accepted, rejected or a counter-offer (icon and word), its reasons in
 * sentences, the counter terms when there are any, and the buttons that follow from it.
 */
import { button, el } from '../dom';
import { icon } from '../icons';
import { interpolate, uiWords } from '../../text';

/** The answer, written. */
export interface AnswerProps {
  readonly response: 'accept' | 'reject' | 'counter';
  readonly label: string;
  readonly reasons: readonly string[];
  /** "Term: option" lines of the counter-offer. */
  readonly counterTerms: readonly string[];
}

/** What the answer's buttons do. */
export interface AnswerCallbacks {
  readonly onSign: () => void;
  readonly onKeepFighting: () => void;
  readonly onRevise: () => void;
}

/**
 * Builds the answer block; the first button is returned for focus, and `said`, the answer in one
 * sentence for a live region (its label, reasons and counter-offer, without the buttons, which
 * screen readers read as focus reaches them).
 */
export function createAnswerView(
  a: AnswerProps,
  cb: AnswerCallbacks,
): { root: HTMLElement; first: HTMLButtonElement; said: string } {
  const words = uiWords().negotiation;
  const actions =
    a.response === 'accept'
      ? [button(words.sign, cb.onSign, 'primary'), button(words.keepFighting, cb.onKeepFighting)]
      : a.response === 'counter'
        ? [
            button(words.acceptCounter, cb.onSign, 'primary'),
            button(words.revise, cb.onRevise),
            button(words.keepFighting, cb.onKeepFighting),
          ]
        : [button(words.revise, cb.onRevise, 'primary'), button(words.keepFighting, cb.onKeepFighting)];
  const root = el(
    'section',
    { className: `answer answer--${a.response}`, attrs: { 'aria-labelledby': 'answer-h' } },
    [
      el('h3', { className: 'answer__label', attrs: { id: 'answer-h' } }, [
        icon(a.response === 'accept' ? 'check' : a.response === 'counter' ? 'warning' : 'danger'),
        interpolate(words.answer, { label: a.label }),
      ]),
      el(
        'ul',
        { className: 'answer__reasons' },
        a.reasons.map((r) => el('li', { text: r })),
      ),
      a.counterTerms.length > 0
        ? el('div', { className: 'answer__counter' }, [
            el('p', { className: 'answer__counter-title', text: words.counterOffer }),
            el(
              'ul',
              {},
              a.counterTerms.map((t) => el('li', { text: t })),
            ),
          ])
        : null,
      el('div', { className: 'row answer__actions' }, actions),
    ],
  );
  const heading = interpolate(words.answer, { label: a.label });
  const counter = a.counterTerms.length > 0 ? [`${words.counterOffer} ${a.counterTerms.join('; ')}`] : [];
  const said = [heading, ...a.reasons, ...counter].join(' ');
  return { root, first: actions[0]!, said };
}
