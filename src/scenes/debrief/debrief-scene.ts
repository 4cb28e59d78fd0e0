/**
 * Debrief: the ending, its score explained, forecasts beside the game, the key charts and the
 * timeline; then the after-action review's tabs: quarter by quarter (a scrubbable timeline),
 * the discussion prompts, and the exports (CSV, JSON, chart images and the printable memo).
 */
import Phaser from 'phaser';
import type { GameStore } from '../../state';
import { CSV_COLUMNS, KEY_CHARTS, selectChart, selectCsvExport, selectGameJson } from '../../state';
import { activeLanguage, csvHeader, describeMessage, indicatorInfo, screenText } from '../../text';
import { drawBackdrop } from '../../ui/backdrop';
import { viewSize } from '../canvas/device-pixels';
import type { ChartsPanel } from '../../ui/chart/charts-panel';
import { tabLabel } from '../../ui/chart/chart-tabs';
import { createDebriefView, type DebriefView } from '../../ui/debrief/debrief-view';
import { el } from '../../ui/dom';
import { LIGHT_INK, specFromChartData } from '../../ui/review/chart-spec';
import { createDiscussionView } from '../../ui/review/discussion-view';
import { createExportsView } from '../../ui/review/exports-view';
import { buildMemo } from '../../ui/review/memo';
import { printNodes, setPrintContent } from '../../ui/review/print-page';
import { createReviewView } from '../../ui/review/review-view';
import { debriefProps } from './debrief-props';
import { createKeyCharts, drawKeyChart } from '../shared/key-charts';
import { memoProps } from './memo-props';
import { reviewProps } from './review-props';
import { SCENE_KEYS } from '../shared/scene-keys';
import { ScreenScene } from '../shared/screen-scene';

/** The debrief screen. */
export class DebriefScene extends ScreenScene {
  private charts: ChartsPanel | null = null;
  private view: DebriefView | null = null;
  private back: Phaser.GameObjects.Graphics | null = null;
  private lines: Phaser.GameObjects.Graphics | null = null;

  constructor() {
    super(SCENE_KEYS.debrief);
  }

  protected build(s: GameStore): HTMLElement {
    this.charts = createKeyCharts(() => this.scheduleDraw());
    const props = debriefProps(s);
    const memo = memoProps(s, props);
    const printed = (): HTMLElement =>
      el('div', { className: 'print-page print-page--memo' }, [buildMemo(memo)]);
    this.onTeardown(setPrintContent([printed()]));
    const review = reviewProps(s);
    const scrubber = createReviewView(review);
    this.onTeardown(() => scrubber.dispose());
    const stem = `leverage-${s.scenario.id}-seed${s.game?.seed ?? s.seed}`;
    const exportsTab = createExportsView({
      fileStem: stem,
      csv: () => selectCsvExport(this.ctx.store.getState(), csvHeader(CSV_COLUMNS)) ?? '',
      json: () =>
        JSON.stringify(selectGameJson(this.ctx.store.getState(), describeMessage, activeLanguage()), null, 2),
      charts: KEY_CHARTS.map((id) => ({
        label: tabLabel(id, indicatorInfo(id).label),
        spec: () => specFromChartData(selectChart(this.ctx.store.getState(), id), LIGHT_INK),
      })),
      memo: buildMemo(memo),
      onPrint: () => printNodes([printed()]),
    });
    this.view = createDebriefView(
      props,
      this.charts.root,
      [
        { id: 'review', label: screenText('debrief.tab.review'), panel: scrubber.root },
        {
          id: 'discussion',
          label: screenText('debrief.tab.discussion'),
          panel: createDiscussionView(review.prompts, review.facts, review.learningGoals),
        },
        { id: 'exports', label: screenText('debrief.tab.exports'), panel: exportsTab },
      ],
      () => this.ctx.store.getState().playAgain(),
      () => this.scheduleDraw(),
    );
    const view = this.view;
    this.onTeardown(() => view.dispose());
    this.back = this.add.graphics();
    this.lines = this.add.graphics();
    return view.root;
  }

  protected override initialFocus(): HTMLElement | null {
    return this.view?.heading ?? null;
  }

  protected refresh(): void {}

  protected override draw(): void {
    if (!this.charts || !this.lines || !this.back || !this.view) return;
    drawBackdrop(this.back, viewSize(this));
    this.lines.clear();
    // The key charts live on the first tab; the other tabs have no canvas drawing.
    if (this.view.tabs.selected() === 'outcome')
      drawKeyChart(this.lines, this.charts, this.ctx.store.getState());
  }
}
