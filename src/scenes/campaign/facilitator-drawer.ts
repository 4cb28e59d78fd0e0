/**
 * The facilitator's console as the campaign opens it: builds the drawer from the store, forwards
 * its controls to store actions, follows the store while open, and gives focus back on close.
 */
import type { IndicatorName, OverrideTarget } from '../../engine';
import type { GameStore } from '../../state';
import { OVERRIDE_REASON_MAX_CHARS, selectScenario } from '../../state';
import { openFacilitatorConsole, type FacilitatorConsoleView } from '../../ui/facilitator/console-view';
import { openRoleBriefs } from '../../ui/roles';
import { consoleProps, projectorChartChoices } from './facilitator-props';
import type { SceneContext } from '../shared/scene-context';
import { linkInActiveLanguage } from '../../text';

/** Where "Open projector view" goes: the same page in its projector mode, in a window of its own. */
export const PROJECTOR_URL = '?view=projector';
/** The projector window's name, so a second click reuses it. */
export const PROJECTOR_WINDOW = 'leverage-projector';

/** The drawer's lifetime inside the campaign scene. */
export class FacilitatorDrawer {
  private view: FacilitatorConsoleView | null = null;
  private returnTo: HTMLElement | null = null;

  constructor(private readonly ctx: SceneContext) {}

  /** True while the console is open. */
  isOpen(): boolean {
    return this.view !== null;
  }

  /** Opens the console (focus returns to `returnTo` when it closes). */
  open(returnTo: HTMLElement | null): void {
    if (this.view) return;
    this.returnTo = returnTo;
    const store = this.ctx.store;
    const act = (): GameStore => store.getState();
    this.view = openFacilitatorConsole(
      this.ctx.uiRoot,
      consoleProps(act()),
      {
        onPause: () => act().pause(),
        onResume: () => act().resume(),
        onFire: (id) => act().fireInject(id),
        onOverride: (target, value, reason) => act().overrideOutcome(target as OverrideTarget, value, reason),
        onReveal: (reveal) => act().setRevealKremlin(reveal),
        onRewind: (index) => act().rewindTo(index),
        onProjectorCharts: (charts) => act().setProjectorCharts(charts as IndicatorName[]),
        onOpenProjector: () => void window.open(linkInActiveLanguage(PROJECTOR_URL), PROJECTOR_WINDOW),
        onRoleBriefs: () => openRoleBriefs(store),
        onClose: () => this.close(),
      },
      {
        lookup: (key) => selectScenario(act()).sources[key],
        charts: projectorChartChoices(),
        maxReasonChars: OVERRIDE_REASON_MAX_CHARS,
      },
    );
  }

  /** Follows the store; closes when facilitator mode is switched off. */
  refresh(s: GameStore): void {
    if (!this.view) return;
    if (!s.facilitator.enabled) this.close();
    else this.view.update(consoleProps(s));
  }

  /** Closes the console and gives focus back. */
  close(): void {
    const view = this.view;
    if (!view) return;
    this.view = null;
    view.dialog.close();
    view.dialog.remove();
    if (this.returnTo?.isConnected && !this.returnTo.hidden) this.returnTo.focus();
  }
}
