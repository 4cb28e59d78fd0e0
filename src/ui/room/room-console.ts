/**
 * The facilitator's room console: every team at a glance (quarter, posture, cohesion, ended or
 * not, last levers), the pace and the clock (locked quarters opened for every team with a
 * countdown, pause and resume, reveal), what the projector shows, acting on every team or one
 * (inject, override with a written reason, rewind), the join links with their QR codes, and the
 * debrief (the live comparison, each team's review, every team's code in one file).
 */
import { button, el, setText, uid } from '../dom';
import { roomWords } from '../../text';
import type { JoinLink, RoomConsoleActions, RoomConsoleProps } from './room-console-model';
import { setOptions } from './select-options';

/** The console and its updates. */
export interface RoomConsole {
  update(p: RoomConsoleProps): void;
  /** The teams' join links, then the projector's and the Kremlin player's. */
  showLinks(teams: readonly JoinLink[], others: readonly JoinLink[]): void;
}

function labelled(label: string, control: HTMLElement): HTMLElement {
  const id = uid('rc');
  control.id = id;
  return el('div', { className: 'rc__field' }, [el('label', { text: label, attrs: { for: id } }), control]);
}

function section(heading: string, children: readonly HTMLElement[]): HTMLElement {
  const id = uid('rc-h');
  return el('section', { className: 'rc__section panel', attrs: { 'aria-labelledby': id } }, [
    el('h2', { text: heading, attrs: { id } }),
    ...children,
  ]);
}

function teamsTable(p: RoomConsoleProps): HTMLTableElement {
  const w = roomWords().console;
  const head = [w.colTeam, w.colDevice, w.colPosture, w.colCohesion, w.colState, w.colLevers];
  return el('table', { className: 'rc__teams' }, [
    el('thead', {}, [
      el(
        'tr',
        {},
        head.map((h) => el('th', { text: h, attrs: { scope: 'col' } })),
      ),
    ]),
    el(
      'tbody',
      {},
      p.teams.map((t) =>
        el('tr', { className: t.done ? 'rc__row--done' : '', attrs: { 'data-team': t.id } }, [
          el('th', { text: t.name, attrs: { scope: 'row' } }),
          el('td', { text: t.device }),
          el('td', { text: t.posture }),
          el('td', { className: 'num', text: t.cohesion }),
          el('td', {}, [
            el('span', {
              className: 'rc__mark',
              text: t.done ? '✓ ' : '… ',
              attrs: { 'aria-hidden': 'true' },
            }),
            t.state,
          ]),
          el('td', { text: t.levers }),
        ]),
      ),
    ),
  ]);
}

function linkRow(link: JoinLink): HTMLElement {
  const w = roomWords().console;
  const input = el('input', { className: 'input rc__link', attrs: { readonly: '', value: link.url } });
  const copy = button(
    w.copy,
    () => {
      void navigator.clipboard?.writeText(link.url).then(() => setText(copy, w.copied));
    },
    'ghost',
    'btn--small',
  );
  copy.setAttribute('aria-label', `${w.copy} ${link.label}`);
  return el('li', { className: 'rc__join' }, [
    el('img', { className: 'rc__qr', attrs: { src: link.qr, alt: link.label, width: '96', height: '96' } }),
    el('div', { className: 'rc__join-text' }, [labelled(link.label, input), copy]),
  ]);
}

/** Builds the console into `root`. */
export function showRoomConsole(root: HTMLElement, actions: RoomConsoleActions): RoomConsole {
  const w = roomWords().console;
  const title = el('h1', {});
  const connection = el('p', { className: 'muted', attrs: { role: 'status' } });
  const table = el('div', { className: 'rc__table-wrap' });

  const pace = el('select', { className: 'input' }, [
    el('option', { text: w.paceLocked, attrs: { value: 'locked' } }),
    el('option', { text: w.paceFree, attrs: { value: 'free' } }),
  ]);
  pace.addEventListener('change', () => actions.setPace(pace.value === 'free' ? 'free' : 'locked'));
  const minutes = el('input', {
    className: 'input num rc__minutes',
    attrs: { type: 'number', min: '0', max: '120', step: '1', value: '5' },
  });
  const opened = el('p', { className: 'muted' });
  const clock = el('p', { className: 'rc__clock num' });
  const openNext = button('', () => actions.openNext(Math.max(0, Number(minutes.value) || 0)), 'primary');
  const pausedNote = el('p', { className: 'note note--warn', text: w.pausedNote });
  let paused = false;
  const pause = button(w.pause, () => actions.setPaused(!paused));
  const reveal = el('input', { attrs: { type: 'checkbox' } });
  reveal.addEventListener('change', () => actions.setReveal(reveal.checked));

  const view = el(
    'select',
    { className: 'input' },
    (
      [
        ['all', w.viewAll],
        ['team', w.viewTeam],
        ['posture', w.viewPosture],
        ['join', w.viewJoin],
      ] as const
    ).map(([value, text]) => el('option', { text, attrs: { value } })),
  );
  const projectorTeam = el('select', { className: 'input' });
  const sendProjector = (): void =>
    actions.setProjector(view.value as RoomConsoleProps['projectorView'], projectorTeam.value || null);
  view.addEventListener('change', sendProjector);
  projectorTeam.addEventListener('change', sendProjector);

  const actTeam = el('select', { className: 'input' });
  const injectChoice = el('select', { className: 'input' });
  const outcome = el('p', { className: 'rc__outcome', attrs: { role: 'status' } });
  const team = (): string | null => actTeam.value || null;
  const fire = button(w.fireInject, () => setText(outcome, actions.inject(team(), injectChoice.value)));
  const target = el('select', { className: 'input' });
  const value = el('input', { className: 'input num', attrs: { type: 'number', step: 'any' } });
  const reason = el('textarea', { className: 'input', attrs: { rows: '2', maxlength: '280' } });
  const apply = button(w.applyOverride, () => {
    if (value.value.trim() === '' || !Number.isFinite(Number(value.value)))
      return setText(outcome, w.overrideBadValue);
    if (reason.value.trim() === '') return setText(outcome, w.overrideNeedsReason);
    setText(outcome, actions.override(team(), target.value, Number(value.value), reason.value.trim()));
    reason.value = '';
  });
  const rewindTo = el('select', { className: 'input' });
  const rewind = button(w.rewind, () => {
    const chosen = team();
    setText(outcome, chosen ? actions.rewind(chosen, Number(rewindTo.value)) : w.rewindNeedsTeam);
  });

  const joinList = el('ul', { className: 'rc__joins' });
  const projectorLink = el('div', {});
  const reviews = el('ul', { className: 'rc__reviews' });

  root.replaceChildren(
    el('main', { className: 'room-page rc' }, [
      el('header', { className: 'rc__head' }, [
        el('p', { className: 'room-page__eyebrow', text: w.eyebrow }),
        title,
        connection,
      ]),
      el('div', { className: 'rc__grid' }, [
        section(w.teamsHeading, [table]),
        section(w.paceHeading, [
          labelled(w.pace, pace),
          opened,
          labelled(w.countdown, minutes),
          openNext,
          clock,
          el('div', { className: 'rc__buttons' }, [pause]),
          pausedNote,
          el('label', { className: 'rc__check' }, [reveal, w.reveal]),
        ]),
        section(w.actHeading, [
          labelled(w.actTeam, actTeam),
          labelled(w.inject, injectChoice),
          fire,
          labelled(w.overrideTarget, target),
          labelled(w.overrideValue, value),
          labelled(w.overrideReason, reason),
          apply,
          labelled(w.rewindTo, rewindTo),
          rewind,
          outcome,
        ]),
        section(w.projectorHeading, [
          labelled(w.projectorView, view),
          labelled(w.projectorTeam, projectorTeam),
        ]),
        section(w.debriefHeading, [
          el('div', { className: 'rc__buttons' }, [
            button(w.compare, actions.compare, 'primary'),
            button(w.exportCodes, actions.exportCodes),
          ]),
          reviews,
        ]),
        section(w.joinHeading, [el('p', { className: 'muted', text: w.joinHint }), joinList, projectorLink]),
      ]),
    ]),
  );

  return {
    update: (p) => {
      setText(title, p.title);
      setText(connection, p.connectionText);
      table.replaceChildren(teamsTable(p));
      pace.value = p.pace;
      setText(opened, p.openedText ?? '');
      opened.hidden = p.openedText === null;
      openNext.hidden = p.openNextText === null;
      setText(openNext, p.openNextText ?? '');
      setText(clock, p.clockText ?? '');
      clock.hidden = p.clockText === null;
      paused = p.paused;
      setText(pause, p.paused ? w.resume : w.pause);
      pausedNote.hidden = !p.paused;
      reveal.checked = p.reveal;
      view.value = p.projectorView;
      const teamOptions = p.teams.map((t) => [t.id, t.name] as const);
      setOptions(projectorTeam, teamOptions);
      if (p.projectorTeamId) projectorTeam.value = p.projectorTeamId;
      setOptions(actTeam, [['', w.allTeams], ...teamOptions]);
      setOptions(
        injectChoice,
        p.injects.map((i) => [i.id, i.title] as const),
      );
      fire.disabled = p.injects.length === 0;
      setOptions(
        target,
        p.overrides.map((o) => [o.target, `${o.label} (${o.unit})`] as const),
      );
      const chosen = p.overrides.find((o) => o.target === target.value);
      value.min = String(chosen?.min ?? '');
      value.max = String(chosen?.max ?? '');
      value.step = chosen?.wholeSteps ? '1' : 'any';
      setOptions(
        rewindTo,
        p.rewindQuarters.map((q) => [String(q.index), q.label] as const),
      );
      rewind.disabled = p.rewindQuarters.length === 0;
      reviews.replaceChildren(
        ...p.reviews.map((r) =>
          el('li', {}, [
            el('a', { text: r.label, attrs: { href: r.href, target: '_blank', rel: 'noopener' } }),
          ]),
        ),
      );
    },
    showLinks: (teams, others) => {
      joinList.replaceChildren(...teams.map(linkRow));
      projectorLink.replaceChildren(
        ...(others.length > 0 ? [el('ul', { className: 'rc__joins' }, others.map(linkRow))] : []),
      );
    },
  };
}
