/**
 * The game's icons: simple geometric inline SVG, drawn here so that nothing is fetched and every
 * icon sits beside words (icons are decorative: aria-hidden, the words carry the meaning).
 */

const NS = 'http://www.w3.org/2000/svg';

/** Names of the icons the interface uses. */
export type IconName =
  | 'warning'
  | 'danger'
  | 'check'
  | 'circle'
  | 'up'
  | 'down'
  | 'flat'
  | 'marker'
  | 'book'
  | 'speaker'
  | 'muted';

type Shape = readonly [tag: string, attrs: Readonly<Record<string, string>>];

const SHAPES: Readonly<Record<IconName, readonly Shape[]>> = {
  warning: [
    ['path', { d: 'M12 3 L22 20 H2 Z', fill: 'none', stroke: 'currentColor', 'stroke-width': '2' }],
    ['rect', { x: '11', y: '9', width: '2', height: '6', fill: 'currentColor' }],
    ['rect', { x: '11', y: '16.5', width: '2', height: '2', fill: 'currentColor' }],
  ],
  danger: [
    ['path', { d: 'M8 2 H16 L22 8 V16 L16 22 H8 L2 16 V8 Z', fill: 'currentColor' }],
    ['rect', { x: '11', y: '6', width: '2', height: '8', fill: '#0f1b2d' }],
    ['rect', { x: '11', y: '16', width: '2', height: '2', fill: '#0f1b2d' }],
  ],
  check: [
    ['circle', { cx: '12', cy: '12', r: '10', fill: 'currentColor' }],
    ['path', { d: 'M7 12.5 L10.5 16 L17 8.5', fill: 'none', stroke: '#0f1b2d', 'stroke-width': '2.5' }],
  ],
  circle: [
    ['circle', { cx: '12', cy: '12', r: '9', fill: 'none', stroke: 'currentColor', 'stroke-width': '2' }],
  ],
  up: [['path', { d: 'M12 5 L20 17 H4 Z', fill: 'currentColor' }]],
  down: [['path', { d: 'M12 19 L4 7 H20 Z', fill: 'currentColor' }]],
  flat: [['rect', { x: '4', y: '10.5', width: '16', height: '3', fill: 'currentColor' }]],
  marker: [['path', { d: 'M3 4 L15 12 L3 20 Z', fill: 'currentColor' }]],
  book: [
    [
      'path',
      {
        d: 'M3 5 H10 Q12 5 12 7 V20 Q12 18 10 18 H3 Z',
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': '2',
      },
    ],
    [
      'path',
      {
        d: 'M21 5 H14 Q12 5 12 7 V20 Q12 18 14 18 H21 Z',
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': '2',
      },
    ],
  ],
  speaker: [
    ['path', { d: 'M3 9 H7 L12 5 V19 L7 15 H3 Z', fill: 'currentColor' }],
    [
      'path',
      {
        d: 'M15 8.5 Q18 12 15 15.5 M17.5 6 Q22.5 12 17.5 18',
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': '2',
      },
    ],
  ],
  muted: [
    ['path', { d: 'M3 9 H7 L12 5 V19 L7 15 H3 Z', fill: 'currentColor' }],
    ['path', { d: 'M15 9 L21 15 M21 9 L15 15', fill: 'none', stroke: 'currentColor', 'stroke-width': '2' }],
  ],
};

/** An inline SVG icon, hidden from assistive technology (pair it with words). */
export function icon(name: IconName, className = ''): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `icon ${className}`.trim());
  for (const [tag, attrs] of SHAPES[name]) {
    const shape = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) shape.setAttribute(k, v);
    svg.append(shape);
  }
  return svg;
}

/** Creates an SVG element (for sparklines and other small inline drawings). */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string>> = {},
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}
