/** Debrief: the ending, its score explained, forecasts beside the game, the key charts and the timeline. */
import Phaser from 'phaser';
import type { GameStore } from '../state/contract';
import { drawBackdrop } from '../ui/backdrop';
import type { ChartsPanel } from '../ui/chart/charts-panel';
import { createDebriefView } from '../ui/debrief/debrief-view';
import { debriefProps } from './debrief-props';
import { createKeyCharts, drawKeyChart } from './key-charts';
import { SCENE_KEYS } from './scene-keys';
import { ScreenScene } from './screen-scene';

/** The debrief screen. */
export class DebriefScene extends ScreenScene {
  private charts: ChartsPanel | null = null;
  private heading: HTMLElement | null = null;
  private back: Phaser.GameObjects.Graphics | null = null;
  private lines: Phaser.GameObjects.Graphics | null = null;

  constructor() {
    super(SCENE_KEYS.debrief);
  }

  protected build(s: GameStore): HTMLElement {
    this.charts = createKeyCharts(() => this.scheduleDraw());
    const view = createDebriefView(debriefProps(s), this.charts.root, () =>
      this.ctx.store.getState().playAgain(),
    );
    this.heading = view.heading;
    this.back = this.add.graphics();
    this.lines = this.add.graphics();
    return view.root;
  }

  protected override initialFocus(): HTMLElement | null {
    return this.heading;
  }

  protected refresh(): void {}

  protected override draw(): void {
    if (!this.charts || !this.lines || !this.back) return;
    drawBackdrop(this.back, this.scale.width, this.scale.height);
    this.lines.clear();
    drawKeyChart(this.lines, this.charts, this.ctx.store.getState());
  }
}
