/**
 * Reading the game canvas. Phaser draws with its Canvas 2D renderer, so a 2d copy of the canvas
 * holds what was last drawn.
 */
import type { Locator, Page } from '@playwright/test';

/** What the canvas shows, summarised. */
export interface CanvasInk {
  /** Canvas size in device pixels. */
  readonly width: number;
  readonly height: number;
  /** Distinct colours among the sampled pixels (each channel rounded to 16 levels). */
  readonly colours: number;
  /** Share of sampled pixels that differ clearly from the most common colour (0–1). */
  readonly inked: number;
}

/**
 * Copies the game's canvas (#game canvas) onto a 2d canvas and counts the colours of a sample of
 * its pixels. A blank canvas has one colour and no ink.
 */
export async function canvasInk(page: Page): Promise<CanvasInk> {
  return page.evaluate(() => {
    const source = document.querySelector<HTMLCanvasElement>('#game canvas');
    if (!source || source.width === 0 || source.height === 0)
      return { width: 0, height: 0, colours: 0, inked: 0 };
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d');
    if (!ctx) return { width: source.width, height: source.height, colours: 0, inked: 0 };
    ctx.drawImage(source, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    const counts = new Map<number, number>();
    const samples: number[] = [];
    // A prime stride samples every part of the canvas without lining up with its rows.
    for (let i = 0; i < data.length; i += 4 * 31) {
      const r = data[i] ?? 0;
      const g = data[i + 1] ?? 0;
      const b = data[i + 2] ?? 0;
      const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      samples.push(r, g, b);
    }
    let common = 0;
    let commonCount = -1;
    for (const [key, n] of counts) if (n > commonCount) [common, commonCount] = [key, n];
    const cr = ((common >> 8) & 15) * 16;
    const cg = ((common >> 4) & 15) * 16;
    const cb = (common & 15) * 16;
    let inked = 0;
    for (let j = 0; j < samples.length; j += 3) {
      const d =
        Math.abs((samples[j] ?? 0) - cr) +
        Math.abs((samples[j + 1] ?? 0) - cg) +
        Math.abs((samples[j + 2] ?? 0) - cb);
      if (d > 48) inked += 1;
    }
    return {
      width: source.width,
      height: source.height,
      colours: counts.size,
      inked: inked / Math.max(1, samples.length / 3),
    };
  });
}

/** A rectangle in page (CSS) pixels. */
export interface PageBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Share (0–1) of the pixel columns inside `box` where the game's canvas has at least one red pixel
 * of the kind the charts draw threshold lines with (#e06c5f, possibly blended with the panel).
 */
export async function redColumnsIn(page: Page, box: PageBox): Promise<number> {
  return page.evaluate((b) => {
    const source = document.querySelector<HTMLCanvasElement>('#game canvas');
    if (!source) return 0;
    const rect = source.getBoundingClientRect();
    const sx = source.width / rect.width;
    const sy = source.height / rect.height;
    const x0 = Math.max(0, Math.floor((b.x - rect.left) * sx));
    const y0 = Math.max(0, Math.floor((b.y - rect.top) * sy));
    const w = Math.min(source.width - x0, Math.ceil(b.width * sx));
    const h = Math.min(source.height - y0, Math.ceil(b.height * sy));
    if (w <= 0 || h <= 0) return 0;
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(source, 0, 0);
    const { data } = ctx.getImageData(x0, y0, w, h);
    let red = 0;
    for (let x = 0; x < w; x += 1) {
      for (let y = 0; y < h; y += 1) {
        const i = 4 * (y * w + x);
        const r = data[i] ?? 0;
        const g = data[i + 1] ?? 0;
        const bl = data[i + 2] ?? 0;
        if (r > 150 && r - g > 70 && r - bl > 70) {
          red += 1;
          break;
        }
      }
    }
    return red / w;
  }, box);
}

/**
 * Share (0–1) of the pixel columns red just under a chart's threshold label, where the line runs
 * from the plot's left edge to the label: 0 while the label or the chart's slot is not laid out.
 */
export async function thresholdInkUnder(panel: Locator, label: Locator): Promise<number> {
  const l = await label.boundingBox();
  const slot = await panel.locator('[data-slot^="chart-"]').boundingBox();
  if (!l || !slot) return 0;
  return redColumnsIn(panel.page(), {
    x: slot.x + 8,
    y: l.y + l.height / 2,
    width: Math.max(1, l.x - slot.x - 16),
    height: l.height / 2 + 10,
  });
}
