/** The key charts panel shared by the campaign and the debrief: its tabs, and drawing the chosen chart. */
import type Phaser from 'phaser';
import type { GameStore } from '../../state';
import { KEY_CHARTS } from '../../state';
import { indicatorInfo } from '../../text';
import { fillPanel } from '../../ui/backdrop';
import { drawChart } from '../../ui/chart/chart-draw';
import { tabLabel } from '../../ui/chart/chart-tabs';
import { createChartsPanel, type ChartsPanel, type ExtraTab } from '../../ui/chart/charts-panel';
import { chartModel } from './chart-props';
import { rectOf } from '../canvas/slot-rect';

/**
 * A charts panel over the key charts; `onSelect` should schedule a redraw; `footer` goes under the
 * legend (the campaign's forecast options).
 */
export function createKeyCharts(
  onSelect: () => void,
  extras: readonly ExtraTab[] = [],
  footer: HTMLElement | null = null,
): ChartsPanel {
  return createChartsPanel(
    KEY_CHARTS.map((id) => ({ id, label: tabLabel(id, indicatorInfo(id).label) })),
    onSelect,
    extras,
    footer,
  );
}

/** Draws the panel's background and its chosen chart into `g` (adds to what g holds). */
export function drawKeyChart(g: Phaser.GameObjects.Graphics, panel: ChartsPanel, s: GameStore): void {
  fillPanel(g, rectOf(panel.root));
  const view = panel.view();
  if (!view) return;
  const model = chartModel(s, panel.selected() as (typeof KEY_CHARTS)[number]);
  panel.showLegendFor(model);
  // Update the texts first: a longer title or note reflows the panel and resizes the slot.
  const insets = view.update(model);
  drawChart(g, rectOf(view.slot), model, insets);
}
