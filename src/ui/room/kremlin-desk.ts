/**
 * The Kremlin player's desk in a workshop room: the teams whose ended quarter waits for the
 * Kremlin's answer (with the levers each ended it with), a choice of one team or every waiting
 * team, the Kremlin's options in that team's war (open or closed, with what they do and cost),
 * and Send, which answers: each team's quarter is then played with those moves.
 */
import { button, el, setText, uid } from '../dom';
import { kremlinOptionCard, type KremlinOptionRow } from '../hot-seat/kremlin-turn-view';
import type { SourceLookup } from '../source-chip';
import { interpolate, roomWords } from '../../text';
import { setOptions } from './select-options';

/** A team waiting for the Kremlin. */
export interface KremlinWaitingTeam {
  readonly teamId: string;
  readonly name: string;
  /** "Blue ended Q2 2025: aid €10.4bn, sanctions level 2". */
  readonly line: string;
  /** The Kremlin's options in that team's war now. */
  readonly options: readonly KremlinOptionRow[];
}

/** What the desk shows. */
export interface KremlinDeskProps {
  readonly title: string;
  readonly connectionText: string;
  readonly waiting: readonly KremlinWaitingTeam[];
  /** "Still deciding: Green, Orange", or null. */
  readonly deciding: string | null;
}

/** The desk and its update. */
export interface KremlinDesk {
  update(p: KremlinDeskProps): void;
}

/** Builds the desk into `root`; `onAnswer` sends the choices to these teams and returns the confirmation. */
export function showKremlinDesk(
  root: HTMLElement,
  lookup: SourceLookup,
  onAnswer: (teamIds: readonly string[], choices: readonly string[]) => string,
): KremlinDesk {
  const w = roomWords().kremlin;
  const title = el('h1', {});
  const connection = el('p', { className: 'muted', attrs: { role: 'status' } });
  const list = el('ul', { className: 'kd__waiting' });
  const deciding = el('p', { className: 'muted' });
  const forId = uid('kd-for');
  const answerFor = el('select', { className: 'input', attrs: { id: forId } });
  const optionsHeading = el('h3', {});
  const options = el('ul', { className: 'kopts kd__options' });
  const skipped = el('p', { className: 'muted', text: w.skipped });
  const outcome = el('p', { className: 'rc__outcome', attrs: { role: 'status' } });
  const chosen = new Set<string>();
  let last: KremlinDeskProps | null = null;

  const renderOptions = (): void => {
    const waiting = last?.waiting ?? [];
    const target = waiting.find((t) => t.teamId === answerFor.value) ?? waiting[0];
    skipped.hidden = answerFor.value !== '*';
    if (!target) {
      optionsHeading.hidden = true;
      options.replaceChildren();
      return;
    }
    optionsHeading.hidden = false;
    setText(optionsHeading, interpolate(w.optionsFor, { team: target.name }));
    options.replaceChildren(
      ...target.options.map((o) => {
        const card = kremlinOptionCard({ ...o, chosen: chosen.has(o.id) }, lookup, (id) => {
          if (chosen.has(id)) chosen.delete(id);
          else chosen.add(id);
        });
        card.input.checked = chosen.has(o.id);
        return card.root;
      }),
    );
  };
  answerFor.addEventListener('change', renderOptions);
  const send = button(
    w.send,
    () => {
      const waiting = last?.waiting ?? [];
      const teams = answerFor.value === '*' ? waiting : waiting.filter((t) => t.teamId === answerFor.value);
      if (teams.length === 0) return;
      setText(
        outcome,
        onAnswer(
          teams.map((t) => t.teamId),
          [...chosen],
        ),
      );
      chosen.clear();
    },
    'primary',
  );
  const answerPanel = el('div', { className: 'kd__answer' }, [
    el('div', { className: 'rc__field' }, [
      el('label', { text: w.answerFor, attrs: { for: forId } }),
      answerFor,
    ]),
    optionsHeading,
    skipped,
    options,
    send,
  ]);
  const empty = el('p', { className: 'muted', text: w.none });

  root.replaceChildren(
    el('main', { className: 'room-page kd' }, [
      el('header', { className: 'rc__head' }, [
        el('p', { className: 'room-page__eyebrow', text: w.eyebrow }),
        title,
        connection,
      ]),
      el('p', { className: 'room-page__intro muted', text: w.lead }),
      el('section', { className: 'rc__section panel', attrs: { 'aria-label': w.waitingHeading } }, [
        el('h2', { text: w.waitingHeading }),
        empty,
        list,
        deciding,
        answerPanel,
        outcome,
      ]),
    ]),
  );

  return {
    update: (p) => {
      last = p;
      setText(title, p.title);
      setText(connection, p.connectionText);
      setText(deciding, p.deciding ?? '');
      deciding.hidden = p.deciding === null;
      empty.hidden = p.waiting.length > 0;
      answerPanel.hidden = p.waiting.length === 0;
      list.replaceChildren(...p.waiting.map((t) => el('li', { text: t.line })));
      const choices: (readonly [string, string])[] = p.waiting.map((t) => [t.teamId, t.name] as const);
      if (p.waiting.length > 1) choices.push(['*', interpolate(w.everyTeam, { count: p.waiting.length })]);
      if (setOptions(answerFor, choices)) renderOptions();
    },
  };
}
