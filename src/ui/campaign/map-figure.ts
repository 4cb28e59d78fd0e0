/**
 * The theatre map's DOM: the canvas slot with the place names laid over it (16-px DOM text at the
 * positions the map module computes), a key that does not rely on colour, and the caption text.
 */
import { el } from '../dom';
import { svgEl } from '../icons';
import { THEATRE_PALETTE, theatreLabels } from '../map';
import { keepNonOverlapping } from '../overlap';

/** The figure and its updates. */
export interface MapFigure {
  readonly root: HTMLElement;
  readonly slot: HTMLElement;
  /** Sets the caption (the map's text alternative). */
  update(caption: string): void;
  /** Places the names for the slot's current size. */
  placeLabels(): void;
}

function swatch(fill: string, hatch: boolean): SVGSVGElement {
  const svg = svgEl('svg', { viewBox: '0 0 20 14', width: '20', height: '14', 'aria-hidden': 'true' });
  svg.append(
    svgEl('rect', {
      x: '0.5',
      y: '0.5',
      width: '19',
      height: '13',
      fill,
      stroke: '#e8edf3',
      'stroke-width': '1',
    }),
  );
  if (hatch)
    for (const x of [-2, 4, 10, 16])
      svg.append(
        svgEl('line', {
          x1: String(x),
          y1: '13',
          x2: String(x + 6),
          y2: '1',
          stroke: THEATRE_PALETTE.hatch,
          'stroke-width': '1.5',
        }),
      );
  return svg;
}

/** Builds the map figure. */
export function createMapFigure(): MapFigure {
  const slot = el('div', {
    className: 'map__slot',
    attrs: { 'data-slot': 'map', role: 'img', 'aria-labelledby': 'map-caption' },
  });
  const names = el('div', { className: 'map__names', attrs: { 'aria-hidden': 'true' } });
  const caption = el('figcaption', { className: 'map__caption', attrs: { id: 'map-caption' } });
  const key = el('ul', { className: 'map__key', attrs: { 'aria-label': 'Map key' } }, [
    el('li', {}, [swatch(THEATRE_PALETTE.occupied, false), 'Occupied on 1 Jan 2025']),
    el('li', {}, [swatch(THEATRE_PALETTE.band, true), 'Taken since (hatched)']),
    el('li', {}, [swatch(THEATRE_PALETTE.newest, false), 'Taken last quarter']),
  ]);
  const root = el('figure', { className: 'map panel' }, [
    el('div', { className: 'map__body' }, [slot, names]),
    el('div', { className: 'map__foot' }, [caption, key]),
  ]);
  return {
    root,
    slot,
    update: (text) => void (caption.textContent = text),
    placeLabels() {
      const rect = { x: 0, y: 0, width: slot.clientWidth, height: slot.clientHeight };
      // Capitals first, then countries and seas, then cities: on a small map the later ones give way.
      const rank = { capital: 0, country: 1, sea: 2, city: 3 } as const;
      const labels = theatreLabels(rect).sort((a, b) => rank[a.kind] - rank[b.kind]);
      const nodes = labels.map((l) => {
        const n = el('span', { className: `map__name map__name--${l.kind}`, text: l.name });
        n.style.left = `${Math.round(l.x)}px`;
        n.style.top = `${Math.round(l.y)}px`;
        n.style.transform = `translate(${-l.originX * 100}%, ${-l.originY * 100}%)`;
        return n;
      });
      names.replaceChildren(...nodes);
      const boxes = nodes.map((n, i) => {
        const l = labels[i]!;
        const left = l.x - l.originX * n.offsetWidth;
        const top = l.y - l.originY * n.offsetHeight;
        return { left, top, right: left + n.offsetWidth, bottom: top + n.offsetHeight };
      });
      const keep = new Set(
        keepNonOverlapping(boxes, { left: 0, top: 0, right: rect.width, bottom: rect.height }),
      );
      nodes.forEach((n, i) => {
        n.hidden = !keep.has(i);
      });
    },
  };
}
