/**
 * Report: the quarter report as a dialog over the campaign. Texts come from the text layer; the
 * dialog is announced, its heading takes focus, and Continue (or Enter) dismisses it.
 */
import type { ReportEvent } from '../../engine';
import type { GameStore } from '../../state';
import { describeEvent, EN, formatIndicator, quarterText } from '../../text';
import { isTurningPoint, pickReportItems } from '../../ui/report/report-order';
import { createReportView, type ReportItemView } from '../../ui/report/report-view';
import { sourceLookupOf } from '../briefing/briefing-scene';
import { SCENE_KEYS } from '../shared/scene-keys';
import { ScreenScene } from '../shared/screen-scene';

function itemView(e: ReportEvent): ReportItemView {
  const text = describeEvent(e);
  return {
    category: EN.categories[e.category] ?? e.category,
    headline: text.headline,
    because: text.because,
    sources: e.sources,
    tone: isTurningPoint(e) ? 'turning' : e.severity === 'info' ? 'plain' : 'warning',
  };
}

/** The quarter report dialog. */
export class ReportScene extends ScreenScene {
  private focusTarget: HTMLElement | null = null;
  private announce: (() => void) | null = null;

  protected override restoreFocusOnClose = true;

  constructor() {
    super(SCENE_KEYS.report);
  }

  protected build(s: GameStore): HTMLElement {
    const report = s.lastReport ?? s.history.at(-1);
    const { lead, items } = pickReportItems(report?.events ?? []);
    const i = report?.indicators;
    const summary = i
      ? `Occupied: ${formatIndicator('occupiedKm2', i.occupiedKm2)} · Liquid reserves: ${formatIndicator('nwfLiquidTrnRub', i.nwfLiquidTrnRub)} · Western cohesion: ${formatIndicator('westernCohesion', i.westernCohesion)}`
      : '';
    const fallback: ReportItemView = {
      category: '',
      headline: 'A quiet quarter',
      because: 'Nothing crossed a line this quarter.',
      sources: [],
      tone: 'plain',
    };
    const view = createReportView(
      {
        quarter: quarterText(report?.quarter ?? ''),
        lead: lead ? itemView(lead) : fallback,
        items: items.map(itemView),
        summary,
      },
      sourceLookupOf(s),
      () => this.ctx.store.getState().dismissReport(),
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
