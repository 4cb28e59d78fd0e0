/**
 * The theatre map's DOM: the canvas slot with the place names laid over it (16-px DOM text at the
 * positions the map module computes), a key that does not rely on colour, and the caption text.
 */
import { el } from '../dom';
import { svgEl } from '../icons';
import { LABEL_GAP_PX, THEATRE_PALETTE, theatreLabels, type TheatreLabel } from '../map';
import { placeLabels, spotsAround, type LabelSide, type LabelToPlace } from './map-labels';
import { placeName, uiWords } from '../../text';

/** The figure and its updates. */
export interface MapFigure {
  readonly root: HTMLElement;
  readonly slot: HTMLElement;
  /** Sets the caption (the map's text alternative). */
  update(caption: string): void;
  /**
   * Places the names for the slot's current size; returns the cities whose name found no room, so
   * the canvas leaves out their dots too.
   */
  placeLabels(): readonly string[];
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

/** Cities on or near the front, named first when the map is small (the rest follow in data order). */
const FRONT_CITIES = ['Donetsk', 'Pokrovsk', 'Kharkiv', 'Zaporizhzhia', 'Kherson', 'Mariupol', 'Luhansk'];

function cityRank(name: string): number {
  const i = FRONT_CITIES.indexOf(name);
  return i < 0 ? FRONT_CITIES.length : i;
}

/**
 * A map label as a name to place: a city's dot sits `LABEL_GAP_PX` from its name on the side its
 * origin says, and the name may move to any side of it; countries and seas stay where they are.
 */
export function labelToPlace(l: TheatreLabel, w: number, h: number): LabelToPlace {
  const corner = { x: l.x - l.originX * w, y: l.y - l.originY * h };
  if (l.kind === 'country' || l.kind === 'sea') return { width: w, height: h, spots: [corner], dot: null };
  const g = LABEL_GAP_PX;
  const dot = {
    x: l.originX === 1 ? l.x + g : l.originX === 0 ? l.x - g : l.x,
    y: l.originY === 1 ? l.y + g : l.originY === 0 ? l.y - g : l.y,
  };
  const side: LabelSide =
    l.originX === 1 ? 'left' : l.originX === 0 ? 'right' : l.originY === 1 ? 'above' : 'below';
  return { width: w, height: h, spots: spotsAround(dot, side, w, h, g), dot };
}

/** Builds the map figure. */
export function createMapFigure(): MapFigure {
  const slot = el('div', {
    className: 'map__slot',
    attrs: { 'data-slot': 'map', role: 'img', 'aria-labelledby': 'map-caption' },
  });
  const names = el('div', { className: 'map__names', attrs: { 'aria-hidden': 'true' } });
  const caption = el('figcaption', { className: 'map__caption', attrs: { id: 'map-caption' } });
  const key = el('ul', { className: 'map__key', attrs: { 'aria-label': uiWords().campaign.mapKey } }, [
    el('li', {}, [swatch(THEATRE_PALETTE.occupied, false), uiWords().campaign.mapKeyOccupied]),
    el('li', {}, [swatch(THEATRE_PALETTE.band, true), uiWords().campaign.mapKeyTakenSince]),
    el('li', {}, [swatch(THEATRE_PALETTE.newest, false), uiWords().campaign.mapKeyTakenLastQuarter]),
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
      // Capitals first, then countries and seas, then cities, those near the front first: on a
      // small map the later ones give way.
      const rank = { capital: 0, country: 1, sea: 2, city: 3 } as const;
      const labels = theatreLabels(rect).sort(
        (a, b) => rank[a.kind] - rank[b.kind] || cityRank(a.name) - cityRank(b.name),
      );
      const nodes = labels.map((l) =>
        el('span', { className: `map__name map__name--${l.kind}`, text: placeName(l.name) }),
      );
      names.replaceChildren(...nodes);
      const toPlace = labels.map((l, i) => labelToPlace(l, nodes[i]!.offsetWidth, nodes[i]!.offsetHeight));
      const chosen = placeLabels(toPlace, { left: 0, top: 0, right: rect.width, bottom: rect.height });
      const hidden: string[] = [];
      nodes.forEach((n, i) => {
        const spot = toPlace[i]!.spots[chosen[i] ?? -1];
        n.hidden = spot === undefined;
        if (spot) {
          n.style.left = `${Math.round(spot.x)}px`;
          n.style.top = `${Math.round(spot.y)}px`;
        } else if (labels[i]!.kind !== 'country' && labels[i]!.kind !== 'sea') hidden.push(labels[i]!.name);
      });
      return hidden;
    },
  };
}
