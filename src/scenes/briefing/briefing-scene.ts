/** Briefing: the situation in Q1 2025 with its sources, then Begin. */
import Phaser from 'phaser';
import type { GameStore } from '../../state';
import { selectScenario } from '../../state';
import { drawBackdrop } from '../../ui/backdrop';
import { viewSize } from '../canvas/device-pixels';
import { createBriefingView } from '../../ui/briefing/briefing-view';
import type { SourceLookup } from '../../ui/source-chip';
import { SCENE_KEYS } from '../shared/scene-keys';
import { ScreenScene } from '../shared/screen-scene';

/** A source lookup over the current scenario's bibliography. */
export function sourceLookupOf(s: GameStore): SourceLookup {
  const sources = selectScenario(s).sources;
  return (key) => sources[key];
}

/** The briefing screen. */
export class BriefingScene extends ScreenScene {
  private graphics: Phaser.GameObjects.Graphics | null = null;
  private heading: HTMLElement | null = null;

  constructor() {
    super(SCENE_KEYS.briefing);
  }

  protected build(s: GameStore): HTMLElement {
    const { initial, policy } = selectScenario(s).params;
    const values: Record<string, number> = {
      ...initial,
      aidStatusQuoBnEurPerQuarter: policy.aidStatusQuoBnEurPerQuarter,
      aidUsStopsBnEurPerQuarter: policy.aidUsStopsBnEurPerQuarter,
      aidExpandedBnEurPerQuarter: policy.aidExpandedBnEurPerQuarter,
    };
    const view = createBriefingView(values, sourceLookupOf(s), () => this.ctx.store.getState().begin());
    this.heading = view.heading;
    this.graphics = this.add.graphics();
    return view.root;
  }

  protected override initialFocus(): HTMLElement | null {
    return this.heading;
  }

  protected refresh(): void {}

  protected override draw(): void {
    if (this.graphics) drawBackdrop(this.graphics, viewSize(this));
  }
}
