/**
 * One chart's DOM: its title, the canvas slot, the axis, threshold and forecast labels positioned
 * over the slot with the same geometry the canvas uses, and a visually hidden data table.
 */
import { el } from '../dom';
import type { ChartModel } from './chart-model';
import { frameFor } from './chart-draw';
import { CHART_INSETS, type Insets } from './chart-scale';
import { chartTable } from './chart-table';
import { interpolate, quarterText, uiWords } from '../../text';

/** A chart view and its update. */
export interface ChartView {
  readonly root: HTMLElement;
  /** The element the canvas draws into (data-slot="chart-<id>"). */
  readonly slot: HTMLElement;
  /**
   * Repositions labels and refreshes the table for a model at the slot's current size; returns the
   * insets used, sized to the widest y label, for the canvas to draw with.
   */
  update(model: ChartModel): Insets;
}

function label(text: string, className: string, x: number, y: number): HTMLElement {
  const node = el('span', { className: `chart__label ${className}`, text });
  node.style.left = `${Math.round(x)}px`;
  node.style.top = `${Math.round(y)}px`;
  return node;
}

/**
 * Which quarters get an x label: the first quarter of each year, as the game writes it in its
 * language ("Q1 2025", "1 кв. 2025") or as the engine does ("2025-Q1"); pure.
 */
export function yearTicks(labels: readonly string[]): { q: number; text: string }[] {
  return labels.flatMap((text, q) => {
    const year = /\d{4}/.exec(text)?.[0];
    if (!year) return [];
    return text === quarterText(`${year}-Q1`) || text === `${year}-Q1` ? [{ q, text: year }] : [];
  });
}

/** Builds an empty chart view for a chart id; call update() with a model. */
export function createChartView(id: string): ChartView {
  const slot = el('div', {
    className: 'chart__slot',
    attrs: { 'data-slot': `chart-${id}`, 'aria-hidden': 'true' },
  });
  const labels = el('div', { className: 'chart__labels', attrs: { 'aria-hidden': 'true' } });
  const title = el('h3', { className: 'chart__title' });
  const note = el('p', { className: 'chart__note muted' });
  const table = el('div');
  const root = el('figure', { className: 'chart' }, [
    el('figcaption', { className: 'chart__head' }, [title, note]),
    el('div', { className: 'chart__body' }, [slot, labels]),
    table,
  ]);
  return {
    root,
    slot,
    update(model) {
      title.textContent = interpolate(uiWords().chart.title, { title: model.title, unit: model.unit });
      const forecasts = model.forecasts.map((f) =>
        interpolate(uiWords().chart.forecastNote, {
          label: f.label,
          from: model.quarterLabels[f.fromQuarter] ?? '',
          to: model.quarterLabels[f.toQuarter] ?? '',
        }),
      );
      note.textContent = forecasts.join(' · ');
      note.hidden = forecasts.length === 0;
      const w = slot.clientWidth;
      const h = slot.clientHeight;
      // Size the left inset to the widest tick label so no label is clipped.
      const probe = frameFor(model, { x: 0, y: 0, width: w, height: h });
      const yLabels = probe.ticks.map((t) => label(model.format(t), 'chart__label--y', 0, 0));
      labels.replaceChildren(...yLabels);
      const widest = Math.max(0, ...yLabels.map((n) => n.offsetWidth));
      const insets: Insets = { ...CHART_INSETS, left: Math.max(CHART_INSETS.left, Math.ceil(widest) + 14) };
      const f = frameFor(model, { x: 0, y: 0, width: w, height: h }, insets);
      yLabels.forEach((n, i) => {
        n.style.left = `${Math.round(f.plot.x - 8)}px`;
        n.style.top = `${Math.round(f.yOf(f.ticks[i] ?? 0))}px`;
      });
      const nodes: HTMLElement[] = [...yLabels];
      for (const t of yearTicks(model.quarterLabels))
        nodes.push(label(t.text, 'chart__label--x', f.xOf(t.q - 0.5), f.plot.y + f.plot.height + 2));
      for (const t of model.thresholds)
        nodes.push(label(t.label, 'chart__label--threshold', f.plot.x + f.plot.width - 4, f.yOf(t.value)));
      for (const fc of model.forecasts)
        nodes.push(
          label(
            uiWords().chart.forecastLabel,
            'chart__label--forecast',
            f.xOf(fc.fromQuarter - 0.5) + 4,
            f.plot.y + 2,
          ),
        );
      labels.replaceChildren(...nodes);
      table.replaceChildren(chartTable(model));
      return insets;
    },
  };
}
