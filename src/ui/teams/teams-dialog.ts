/**
 * Compare teams: a full-screen dialog where the facilitator adds teams' share codes (pasted or
 * from files) and sees one dashboard: a table of outcomes and every team's path overlaid on the
 * key charts. Teams from another scenario are listed and kept off the charts; bad codes are
 * listed with their error. Each team can be removed. Escape closes.
 */
import { el, srOnly } from '../dom';
import { icon } from '../icons';
import { createModal } from '../modal';
import { attachScrollCue } from '../scroll-cue';
import { createTeamsForm } from './teams-form';
import { teamsCharts } from './teams-charts';
import type { TeamComparisonView, TeamRowView, TeamsStoreLike } from './teams-model';
import { outcomesTable } from './teams-table';
import { countOf, nouns, interpolate, uiWords } from '../../text';

function teamStatus(t: TeamRowView): HTMLElement {
  const words = uiWords().teams;
  if (!t.ok)
    return el('span', { className: 'team__status team__status--bad' }, [
      icon('warning'),
      interpolate(words.unreadable, { error: t.error ?? words.unknownError }),
    ]);
  if (!t.sameScenario)
    return el('span', { className: 'team__status team__status--other' }, [
      icon('circle'),
      interpolate(words.otherScenario, { scenario: t.scenarioId ?? '?' }),
    ]);
  const q = t.outcome?.quartersPlayed ?? 0;
  return el('span', { className: 'team__status' }, [
    icon('check'),
    interpolate(words.played, { quarters: countOf(q, nouns().quarter) }),
  ]);
}

function teamList(c: TeamComparisonView, onRemove: ((index: number) => void) | null): HTMLElement {
  const words = uiWords().teams;
  return el('section', { className: 'teams-list', attrs: { 'aria-labelledby': 'teams-list-h' } }, [
    el('h3', {
      text: interpolate(words.listHeading, { count: String(c.teams.length) }),
      attrs: { id: 'teams-list-h' },
    }),
    c.teams.length === 0
      ? el('p', { className: 'muted', text: words.noTeam })
      : el(
          'ul',
          { className: 'teams-list__items' },
          c.teams.map((t) => {
            const remove = onRemove
              ? el('button', { className: 'btn btn--small btn--ghost', attrs: { type: 'button' } }, [
                  words.remove,
                  srOnly(` ${t.label}`),
                ])
              : null;
            remove?.addEventListener('click', () => onRemove?.(t.index));
            return el('li', { className: 'team' }, [
              el('span', { className: 'team__label', text: t.label }),
              teamStatus(t),
              remove,
            ]);
          }),
        ),
  ]);
}

/**
 * Opens the dialog over `parent`, reading the comparison with `select`; returns a function that
 * closes it. `live`: the teams come from a workshop room and follow it, so there is nothing to add
 * or remove by hand.
 */
export function showTeamsDialog(
  store: TeamsStoreLike,
  select: () => TeamComparisonView,
  parent: HTMLElement,
  live = false,
): () => void {
  const words = uiWords().teams;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const form = createTeamsForm((label, code) => store.getState().importTeam(label, code));
  const list = el('div', { className: 'teams__list' });
  const dashboard = el('div', { className: 'teams__dashboard', attrs: { 'aria-live': 'polite' } });
  let width = 0;
  const render = (): void => {
    const c = select();
    form.setTeamCount(c.teams.length);
    list.replaceChildren(teamList(c, live ? null : (i) => store.getState().removeTeam(i)));
    const readable = c.teams.filter((t) => t.ok && t.outcome);
    width = dashboard.clientWidth;
    dashboard.replaceChildren(
      ...(readable.length === 0
        ? [
            el('p', {
              className: 'teams__empty muted',
              text: words.empty,
            }),
          ]
        : [
            el('h3', { text: words.outcomes }),
            el('div', { className: 'teams__table-wrap' }, [outcomesTable(c.teams)]),
            el('h3', { text: words.paths }),
            teamsCharts(c, Math.max(320, width)),
          ]),
    );
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.teams !== prev.teams) render();
  });
  const observer = new ResizeObserver(() => {
    if (Math.abs(dashboard.clientWidth - width) > 24) render();
  });
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    stopCue();
    unsubscribe();
    observer.disconnect();
    modal.dialog.close();
    modal.dialog.remove();
    if (opener?.isConnected) opener.focus({ preventScroll: true });
  };
  const modal = createModal({
    title: words.title,
    eyebrow: store.getState().scenario.name,
    body: [
      el('div', { className: 'teams' }, [
        el('div', { className: 'teams__side' }, live ? [list] : [form.root, list]),
        dashboard,
      ]),
    ],
    footer: [
      el('p', {
        className: 'muted teams__hint',
        text: live ? words.liveHint : words.hint,
      }),
    ],
    onClose: close,
    className: 'modal--full modal--teams',
  });
  modal.open(parent);
  const stopCue = attachScrollCue(modal.body);
  render();
  observer.observe(dashboard);
  modal.heading.focus();
  return close;
}
