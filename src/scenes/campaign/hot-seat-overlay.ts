/**
 * The hot seat's screens over the campaign: the hand-over after the West ends its quarter, then
 * the Kremlin player's options (selectKremlinOptions, in words from the text layer). Follows the
 * store's hotSeat.phase; the West's screen never shows the Kremlin's pending choices, which exist
 * only while the Kremlin's screen covers it.
 */
import type { KremlinOption } from '../../engine';
import type { GameStore, KremlinOptionView } from '../../state';
import { selectKremlinOptions, selectScenario } from '../../state';
import { kremlinOptionClosed, kremlinOptionSize, kremlinOptionText } from '../../text';
import { openHandover } from '../../ui/hot-seat/handover-view';
import {
  openKremlinTurn,
  type KremlinOptionRow,
  type KremlinTurnView,
} from '../../ui/hot-seat/kremlin-turn-view';
import { quarterName } from './facilitator-props';
import type { SceneContext } from '../shared/scene-context';

/** One of the Kremlin's options in words (the hot seat's and the room's Kremlin player's). */
export function kremlinRow(o: KremlinOptionView): KremlinOptionRow {
  const text = kremlinOptionText(o.id);
  return {
    id: o.id,
    name: text.name,
    description: text.description,
    size: kremlinOptionSize(o.id, o.values),
    sources: o.sources,
    open: o.available,
    closedReason: kremlinOptionClosed(o.id),
    chosen: o.chosen,
  };
}

/** The Kremlin's options in words. */
export function kremlinRows(s: GameStore): KremlinOptionRow[] {
  return selectKremlinOptions(s).map(kremlinRow);
}

/** Mounts and removes the hot seat's screens as the phase changes. */
export class HotSeatOverlay {
  private phase: GameStore['hotSeat']['phase'] = 'west';
  private dialog: HTMLDialogElement | null = null;
  private kremlin: KremlinTurnView | null = null;

  constructor(
    private readonly ctx: SceneContext,
    /** Where focus goes when the device comes back to the West. */
    private readonly westFocus: () => HTMLElement | null,
  ) {}

  /** Follows the store. */
  refresh(s: GameStore): void {
    const phase = s.hotSeat.enabled ? s.hotSeat.phase : 'west';
    if (phase === this.phase) {
      if (this.kremlin) this.kremlin.update(kremlinRows(s));
      return;
    }
    this.phase = phase;
    this.remove();
    const act = (): GameStore => this.ctx.store.getState();
    const quarter = quarterName(s, s.game?.quarterIndex ?? 0);
    if (phase === 'handover') {
      this.dialog = openHandover(
        this.ctx.uiRoot,
        quarter,
        () => act().startKremlinTurn(),
        () => act().cancelHandover(),
      ).dialog;
    } else if (phase === 'kremlin') {
      this.kremlin = openKremlinTurn(
        this.ctx.uiRoot,
        quarter,
        kremlinRows(s),
        {
          onToggle: (id) => act().toggleKremlinChoice(id as KremlinOption),
          onConfirm: () => act().confirmKremlinTurn(),
        },
        (key) => selectScenario(act()).sources[key],
      );
      this.dialog = this.kremlin.dialog;
    } else {
      const target = this.westFocus();
      if (target && !(target as HTMLButtonElement).disabled) target.focus();
    }
  }

  /** Removes whatever screen is up (on phase change and when the campaign closes). */
  remove(): void {
    this.dialog?.close();
    this.dialog?.remove();
    this.dialog = null;
    this.kremlin = null;
  }
}
