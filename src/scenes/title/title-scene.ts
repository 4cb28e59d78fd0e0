/**
 * Title: start or continue a game, choose the scenario, its seed and the assumptions, the play
 * modes (tutorial, facilitator, the Kremlin played by a person), sound and motion; open a shared
 * game, compare teams, print the role briefs.
 */
import Phaser from 'phaser';
import type { GameStore } from '../../state';
import { selectScenario } from '../../state';
import { drawBackdrop } from '../../ui/backdrop';
import { viewSize } from '../canvas/device-pixels';
import { vintageLine } from '../../ui/format-date';
import { openRoleBriefs } from '../../ui/roles';
import type { SourceLookup } from '../../ui/source-chip';
import { openTeamsDialog } from '../../ui/teams';
import { createTitleView, type TitleProps } from '../../ui/title/title-view';
import { SCENE_KEYS } from '../shared/scene-keys';
import { gameExportView, gamesListProps } from '../shared/games-props';
import { activeLanguage, gamesWords, interpolate } from '../../text';
import { ScreenScene } from '../shared/screen-scene';
import { assumptionsProps, playModesProps, shareErrorText, unreadableProps } from './title-props';

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
      unreadable: unreadableProps(s),
      vintage: vintageLine(selectScenario(s).dataVintage, this.ctx.appVersion),
      seed: s.seed,
      volume: s.settings.volume,
      muted: s.settings.muted,
      reducedMotion: s.settings.reducedMotion,
      assumptions: assumptionsProps(s),
      modes: playModesProps(s),
      shareError: shareErrorText(s),
      games: gamesListProps(s),
      gamesButton: interpolate(gamesWords().openList, { count: s.games.length }),
      language: activeLanguage(),
    };
  }

  protected build(s: GameStore): HTMLElement {
    const store = this.ctx.store;
    const act = (): GameStore => store.getState();
    const lookup: SourceLookup = (key) => selectScenario(act()).sources[key];
    this.view = createTitleView(
      this.props(s),
      {
        onNewGame: () => act().newGame(),
        onContinue: () => act().continueGame(),
        onScenario: (id) => act().chooseScenario(id),
        onSeed: (seed) => act().setSeed(seed),
        onVolume: (v) => act().setVolume(v),
        onMuted: (m) => act().setMuted(m),
        onReducedMotion: (r) => act().setReducedMotion(r),
        onDismissUnreadable: () => act().dismissUnreadableSave(),
        onPreset: (id) => act().applyAssumptionPreset(id),
        onAssumption: (id, option) => act().setAssumption(id, option),
        onTutorial: (on) => act().setTutorial(on),
        onFacilitator: (on) => act().setFacilitatorMode(on),
        onHotSeat: (on) => act().setHotSeat(on),
        onOpenCode: (code) => act().loadShareCode(code),
        onDismissShareError: () => act().dismissShareError(),
        onCompareTeams: () => openTeamsDialog(store),
        onRoleBriefs: () => openRoleBriefs(store),
        onLanguage: (language) => this.ctx.switchLanguage(language),
        onResumeGame: (id) => act().resumeGame(id),
        onRenameGame: (id, name) => act().renameGame(id, name),
        onDeleteGame: (id) => act().deleteGame(id),
        onUndoDelete: () => act().undoDeleteGame(),
        onDismissGamesNotice: () => act().dismissGamesNotice(),
        onExportGame: (id) => gameExportView(act(), id, act().exportGame(id)),
      },
      lookup,
    );
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
    if (this.graphics) drawBackdrop(this.graphics, viewSize(this));
  }
}
