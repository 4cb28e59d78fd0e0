/** Title: start or continue a game, choose the scenario and seed, set sound and motion. */
import Phaser from 'phaser';
import type { GameStore } from '../state/contract';
import { selectScenario } from '../state/selectors';
import { vintageLine } from '../ui/format-date';
import { createTitleView, type TitleProps } from '../ui/title/title-view';
import { drawBackdrop } from '../ui/backdrop';
import { SCENE_KEYS } from './scene-keys';
import { ScreenScene } from './screen-scene';

/** The title screen. */
export class TitleScene extends ScreenScene {
  private view: ReturnType<typeof createTitleView> | null = null;
  private graphics: Phaser.GameObjects.Graphics | null = null;

  constructor() {
    super(SCENE_KEYS.title);
  }

  private props(s: GameStore): TitleProps {
    return {
      scenarios: s.scenarioChoices,
      scenarioId: s.scenarioId,
      hasSave: s.hasSave,
      unreadable: s.unreadableSave,
      vintage: vintageLine(selectScenario(s).dataVintage, this.ctx.appVersion),
      seed: s.seed,
      volume: s.settings.volume,
      muted: s.settings.muted,
      reducedMotion: s.settings.reducedMotion,
    };
  }

  protected build(s: GameStore): HTMLElement {
    const act = (): GameStore => this.ctx.store.getState();
    this.view = createTitleView(this.props(s), {
      onNewGame: () => act().newGame(),
      onContinue: () => act().continueGame(),
      onScenario: (id) => act().chooseScenario(id),
      onSeed: (seed) => act().setSeed(seed),
      onVolume: (v) => act().setVolume(v),
      onMuted: (m) => act().setMuted(m),
      onReducedMotion: (r) => act().setReducedMotion(r),
      onDismissUnreadable: () => act().dismissUnreadableSave(),
    });
    this.graphics = this.add.graphics();
    return this.view.root;
  }

  protected override initialFocus(): HTMLElement | null {
    return this.view?.primary ?? null;
  }

  protected refresh(s: GameStore): void {
    this.view?.update(this.props(s));
  }

  protected override draw(): void {
    if (this.graphics) drawBackdrop(this.graphics, this.scale.width, this.scale.height);
  }
}
