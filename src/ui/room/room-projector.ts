/**
 * The room's projector view (a projector link, read only): what the facilitator chooses, live, in
 * type large enough for the back of the room: every team overlaid on the key charts, one team's
 * charts, every team's posture track, or how to join (the room code and each team's QR code),
 * under a head line with the room, the quarter and the countdown or the pause.
 */
import { el, setText } from '../dom';
import { outcomesTable } from '../teams/teams-table';
import { teamsCharts } from '../teams/teams-charts';
import type { TeamComparisonView } from '../teams/teams-model';
import { roomWords } from '../../text';
import type { JoinLink } from './room-console-model';

/** One team's place on the posture track. */
export interface ProjectorPostureRow {
  readonly team: string;
  /** "Q3 2025". */
  readonly quarter: string;
  readonly levels: readonly { readonly name: string; readonly current: boolean }[];
}

/** What the room's projector shows. */
export interface RoomProjectorProps {
  readonly title: string;
  /** The countdown or "Paused", or null. */
  readonly clockText: string | null;
  readonly view: 'all' | 'team' | 'posture' | 'join' | 'waiting';
  /** The teams to overlay (every team, or the one chosen), for 'all' and 'team'. */
  readonly comparison: TeamComparisonView | null;
  readonly postures: readonly ProjectorPostureRow[];
  readonly code: string;
}

/** The projector and its updates. */
export interface RoomProjector {
  update(p: RoomProjectorProps): void;
  /** The join links with their QR codes, once fetched. */
  showLinks(links: readonly JoinLink[]): void;
}

function postureTracks(rows: readonly ProjectorPostureRow[]): HTMLElement {
  return el(
    'ul',
    { className: 'rp__postures' },
    rows.map((r) =>
      el('li', { className: 'rp__posture' }, [
        el('span', { className: 'rp__team', text: r.team }),
        el('span', { className: 'rp__quarter muted', text: r.quarter }),
        el(
          'ol',
          { className: 'rp__levels' },
          r.levels.map((l) =>
            el(
              'li',
              {
                className: l.current ? 'rp__level rp__level--current' : 'rp__level',
                attrs: l.current ? { 'aria-current': 'step' } : {},
              },
              [l.current ? el('span', { text: '▶ ', attrs: { 'aria-hidden': 'true' } }) : null, l.name],
            ),
          ),
        ),
      ]),
    ),
  );
}

/** Builds the projector view into `root`. */
export function showRoomProjector(root: HTMLElement): RoomProjector {
  const w = roomWords().projector;
  const title = el('h1', { className: 'rp__title' });
  const clock = el('p', { className: 'rp__clock num' });
  const body = el('div', { className: 'rp__body', attrs: { 'aria-live': 'polite' } });
  root.replaceChildren(
    el('main', { className: 'proj rp' }, [
      el('header', { className: 'proj__head' }, [
        el('span', { className: 'proj__brand', text: 'Leverage' }),
        title,
        clock,
      ]),
      body,
    ]),
  );
  let links: readonly JoinLink[] = [];
  let last: RoomProjectorProps | null = null;
  let width = 0;

  const render = (p: RoomProjectorProps): void => {
    setText(title, p.title);
    setText(clock, p.clockText ?? '');
    clock.hidden = p.clockText === null;
    width = body.clientWidth;
    if (p.view === 'waiting') {
      body.replaceChildren(el('p', { className: 'proj__waiting', text: w.waiting }));
    } else if (p.view === 'join') {
      body.replaceChildren(
        el('h2', { text: w.join }),
        el(
          'ul',
          { className: 'rp__joins' },
          links.map((l) =>
            el('li', {}, [
              el('img', { attrs: { src: l.qr, alt: l.label, width: '180', height: '180' } }),
              el('span', { text: l.label }),
            ]),
          ),
        ),
      );
    } else if (p.view === 'posture') {
      body.replaceChildren(el('h2', { text: w.postureHeading }), postureTracks(p.postures));
    } else if (!p.comparison || p.comparison.teams.length === 0) {
      body.replaceChildren(el('p', { className: 'proj__waiting', text: w.noTeam }));
    } else {
      body.replaceChildren(
        teamsCharts(p.comparison, Math.max(480, width)),
        el('div', { className: 'rp__table' }, [outcomesTable(p.comparison.teams)]),
      );
    }
  };
  window.addEventListener('resize', () => {
    if (last && Math.abs(body.clientWidth - width) > 24) render(last);
  });
  return {
    update: (p) => {
      if (last && JSON.stringify(last) === JSON.stringify(p)) return;
      last = p;
      render(p);
    },
    showLinks: (next) => {
      links = next;
      if (last) render(last);
    },
  };
}
