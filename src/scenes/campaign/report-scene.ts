/**
 * Report: the quarter report as a dialog over the campaign. Texts come from the text layer; the
 * dialog is announced, its heading takes focus, and Continue (or Enter) dismisses it.
 */
import type { GameStore } from '../../state';
import { createReportView } from '../../ui/report/report-view';
import { sourceLookupOf } from '../briefing/briefing-scene';
import { SCENE_KEYS } from '../shared/scene-keys';
import { ScreenScene } from '../shared/screen-scene';
import { reportProps } from './report-props';

/** The quarter report dialog. */
export class ReportScene extends ScreenScene {
  private focusTarget: HTMLElement | null = null;
  private announce: (() => void) | null = null;

  protected override restoreFocusOnClose = true;

  constructor() {
    super(SCENE_KEYS.report);
  }

  protected build(s: GameStore): HTMLElement {
    const view = createReportView(reportProps(s), sourceLookupOf(s), () =>
      this.ctx.store.getState().dismissReport(),
    );
    this.focusTarget = view.heading;
    this.announce = view.announce;
    return view.dialog;
  }

  protected override mount(root: HTMLElement): void {
    this.ctx.uiRoot.append(root);
    (root as HTMLDialogElement).showModal();
    this.announce?.();
  }

  protected override initialFocus(): HTMLElement | null {
    return this.focusTarget;
  }

  protected refresh(): void {}
}
