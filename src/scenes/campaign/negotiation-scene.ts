/**
 * Negotiation: a dialog over the campaign. The player picks one option per term and sends the
 * proposal; the Kremlin's answer (from the store) comes with its reasons, and an accepted deal or
 * counter-offer can be signed, which ends the game. Escape or "Back to the campaign" closes it.
 */
import type { NegotiationAnswer } from '../../engine';
import type { GameStore } from '../../state';
import { selectNegotiationTerms } from '../../state';
import { announceSoon, button, el } from '../../ui/dom';
import { createModal } from '../../ui/modal';
import { createAnswerView } from '../../ui/negotiation/answer-view';
import { createTermsForm } from '../../ui/negotiation/terms-form';
import { SCENE_KEYS } from '../shared/scene-keys';
import { ScreenScene } from '../shared/screen-scene';
import { answerProps, negotiationText } from './negotiation-props';

/** The negotiation dialog. */
export class NegotiationScene extends ScreenScene {
  private form: ReturnType<typeof createTermsForm> | null = null;
  private answerSlot: HTMLElement | null = null;
  private answerSaid: HTMLElement | null = null;
  private heading: HTMLElement | null = null;
  private shownAnswer: NegotiationAnswer | null = null;

  protected override restoreFocusOnClose = true;

  constructor() {
    super(SCENE_KEYS.negotiation);
  }

  protected build(s: GameStore): HTMLElement {
    const act = (): GameStore => this.ctx.store.getState();
    const text = negotiationText(s);
    this.form = createTermsForm(selectNegotiationTerms(s), (term, option) => act().setTerm(term, option));
    this.answerSlot = el('div', { className: 'answer__slot' });
    // The answer is said once, in words, by this region; its buttons are read as focus reaches them.
    this.answerSaid = el('p', {
      className: 'visually-hidden',
      attrs: { role: 'status', 'aria-live': 'polite' },
    });
    this.shownAnswer = null;
    const modal = createModal({
      title: text.title,
      eyebrow: text.eyebrow,
      className: 'modal--wide modal--negotiation',
      body: [
        el('p', { className: 'negotiation__posture' }, [
          el('strong', { text: `${text.posture} ` }),
          text.tolerance,
        ]),
        this.form.root,
        this.answerSaid,
        this.answerSlot,
      ],
      footer: [
        button(text.back, () => act().closeNegotiation()),
        button(text.send, () => act().propose(), 'primary'),
      ],
      onClose: () => act().closeNegotiation(),
    });
    this.heading = modal.heading;
    this.renderAnswer(s);
    return modal.dialog;
  }

  protected override mount(root: HTMLElement): void {
    this.ctx.uiRoot.append(root);
    (root as HTMLDialogElement).showModal();
  }

  protected override initialFocus(): HTMLElement | null {
    return this.heading;
  }

  protected refresh(s: GameStore): void {
    this.form?.update(selectNegotiationTerms(s));
    this.renderAnswer(s);
  }

  private renderAnswer(s: GameStore): void {
    const answer = s.negotiation?.answer ?? null;
    if (!this.answerSlot || answer === this.shownAnswer) return;
    this.shownAnswer = answer;
    if (!answer) {
      this.answerSlot.replaceChildren();
      if (this.answerSaid) this.answerSaid.textContent = '';
      return;
    }
    const act = (): GameStore => this.ctx.store.getState();
    const view = createAnswerView(answerProps(s, answer), {
      onSign: () => act().settle(),
      onKeepFighting: () => act().closeNegotiation(),
      onRevise: () => this.form?.root.querySelector<HTMLInputElement>('input:checked')?.focus(),
    });
    this.answerSlot.replaceChildren(view.root);
    if (this.answerSaid) {
      this.answerSaid.textContent = '';
      announceSoon(this.answerSaid, view.said);
    }
    view.root.scrollIntoView({ block: 'nearest' });
    view.first.focus({ preventScroll: true });
  }
}
