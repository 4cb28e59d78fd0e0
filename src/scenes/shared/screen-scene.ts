/**
 * The base of every screen scene: it reads the context, mounts the screen's DOM into the UI layer,
 * subscribes to the store, follows resizes, and tears all of it down on the scene's SHUTDOWN.
 * Subclasses build DOM with src/ui widgets, forward input to store actions and draw canvas
 * visuals inside the DOM's slots; no authoritative number lives here.
 */
import Phaser from 'phaser';
import type { GameStore } from '../../state';
import { hideTip } from '../../ui/tooltip';
import { drawInCssPixels } from '../canvas/device-pixels';
import { requestRender } from '../canvas/render-on-demand';
import { sceneContext, type SceneContext } from './scene-context';

/** A scene that owns one DOM subtree of the UI layer for its lifetime. */
export abstract class ScreenScene extends Phaser.Scene {
  protected ctx!: SceneContext;
  protected root: HTMLElement | null = null;
  private cleanups: (() => void)[] = [];
  private frame = 0;
  /** Dialog scenes set this so focus goes back where it was (End quarter, Propose settlement) on close. */
  protected restoreFocusOnClose = false;

  /** Builds the screen's DOM from the current state (called once per start). */
  protected abstract build(state: GameStore): HTMLElement;

  /** Updates the DOM after a store change; `previous` lets a screen skip work that did not change. */
  protected abstract refresh(state: GameStore, previous: GameStore): void;

  /** Draws canvas visuals inside the DOM slots; called after layout, on resize and after refresh. */
  protected draw(): void {}

  /** Puts the built root into the page; dialogs override this to open themselves. */
  protected mount(root: HTMLElement): void {
    this.ctx.uiRoot.append(root);
  }

  /** Focus to set once the screen is on the page (a heading or the primary button). */
  protected initialFocus(): HTMLElement | null {
    return null;
  }

  create(): void {
    this.ctx = sceneContext(this);
    this.cleanups = [];
    drawInCssPixels(this);
    const opener = document.activeElement;
    if (this.restoreFocusOnClose && opener instanceof HTMLElement) {
      this.cleanups.push(() => {
        if (opener.isConnected && !(opener as HTMLButtonElement).disabled)
          opener.focus({ preventScroll: true });
      });
    }
    const store = this.ctx.store;
    const root = this.build(store.getState());
    this.root = root;
    this.mount(root);
    this.initialFocus()?.focus({ preventScroll: true });
    this.cleanups.push(store.subscribe((state, previous) => this.onChange(state, previous)));
    const onResize = (): void => this.scheduleDraw();
    const onCanvasResize = (): void => {
      drawInCssPixels(this); // the screen's density may have changed with the size
      this.scheduleDraw();
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, onCanvasResize);
    this.cleanups.push(() => this.scale.off(Phaser.Scale.Events.RESIZE, onCanvasResize));
    // Entry animations move or fade the DOM; redraw once they settle so slots line up.
    root.addEventListener('animationend', onResize);
    // A screen that scrolls (the campaign in one column at high zoom) moves its slots: redraw.
    root.addEventListener('scroll', onResize, { capture: true, passive: true });
    const observer = new ResizeObserver(onResize);
    observer.observe(root);
    this.cleanups.push(() => observer.disconnect());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.teardown());
    this.scheduleDraw();
  }

  /** Redraws at the next animation frame, once, however many changes arrive before it. */
  protected scheduleDraw(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.root) this.draw();
      requestRender(this.game);
    });
  }

  /** Registers cleanup work for SHUTDOWN (listeners, timers, observers). */
  protected onTeardown(fn: () => void): void {
    this.cleanups.push(fn);
  }

  private onChange(state: GameStore, previous: GameStore): void {
    if (!this.root) return;
    this.refresh(state, previous);
    this.scheduleDraw();
  }

  private teardown(): void {
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
    hideTip();
    this.root?.remove();
    this.root = null;
    for (const fn of this.cleanups.splice(0)) fn();
    this.children.removeAll(true);
    requestRender(this.game);
  }
}
