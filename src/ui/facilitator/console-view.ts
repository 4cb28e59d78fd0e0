/**
 * The facilitator's console: a drawer over the campaign (a modal dialog, so focus stays inside and
 * Escape closes it) with the game's pause and rewind, the scenario's injects, the override form,
 * the Kremlin's hidden state, the projector and role briefs, and the log of every action.
 * Props in, callbacks out; `update` follows the store while it is open.
 */
import { button, el } from '../dom';
import { createModal } from '../modal';
import { attachScrollCue } from '../scroll-cue';
import type { SourceLookup } from '../source-chip';
import { createFacilitatorLog, type LogRow } from './facilitator-log';
import { createInjectList, type InjectRow } from './inject-list';
import { createKremlinReveal, type KremlinReveal } from './kremlin-reveal';
import { createOverrideForm, type OverrideChoice } from './override-form';
import { createProjectorPicker, type ChartChoice } from './projector-picker';
import { createRewindForm, type RewindTarget } from './rewind-form';
import { interpolate, uiWords } from '../../text';

/** Everything the console shows. */
export interface ConsoleProps {
  /** "Q3 2025", the quarter being decided. */
  readonly quarter: string;
  readonly paused: boolean;
  /** False before a game or after its end: nothing can be steered. */
  readonly canSteer: boolean;
  readonly injects: readonly InjectRow[];
  readonly overrides: readonly OverrideChoice[];
  readonly reveal: boolean;
  readonly kremlin: KremlinReveal | null;
  readonly rewind: readonly RewindTarget[];
  readonly log: readonly LogRow[];
  readonly projectorCharts: readonly string[];
}

/** What the console's controls do. */
export interface ConsoleCallbacks {
  readonly onPause: () => void;
  readonly onResume: () => void;
  readonly onFire: (injectId: string) => void;
  readonly onOverride: (target: string, value: number, reason: string) => void;
  readonly onReveal: (reveal: boolean) => void;
  readonly onRewind: (quarterIndex: number) => void;
  readonly onProjectorCharts: (charts: string[]) => void;
  readonly onOpenProjector: () => void;
  readonly onRoleBriefs: () => void;
  readonly onClose: () => void;
}

/** The open console. */
export interface FacilitatorConsoleView {
  readonly dialog: HTMLDialogElement;
  readonly heading: HTMLElement;
  update(p: ConsoleProps): void;
}

function section(title: string, children: readonly (Node | null)[]): HTMLElement {
  return el('section', { className: 'fsection', attrs: { 'aria-label': title } }, [
    el('h3', { className: 'fsection__title', text: title }),
    ...children,
  ]);
}

/** Builds and opens the console in `parent`. */
export function openFacilitatorConsole(
  parent: HTMLElement,
  props: ConsoleProps,
  cb: ConsoleCallbacks,
  options: {
    readonly lookup: SourceLookup;
    readonly charts: readonly ChartChoice[];
    readonly maxReasonChars: number;
  },
): FacilitatorConsoleView {
  const words = uiWords().facilitator;
  const pauseState = el('p', { className: 'fpause__state' });
  const pause = button(
    words.pause,
    () => (lastProps.paused ? cb.onResume() : cb.onPause()),
    'primary',
    'fpause__button',
  );
  const rewind = createRewindForm(cb.onRewind);
  const injects = createInjectList(options.lookup, cb.onFire);
  const override = createOverrideForm(options.maxReasonChars, cb.onOverride);
  const reveal = createKremlinReveal(cb.onReveal);
  const projector = createProjectorPicker(options.charts, {
    onCharts: cb.onProjectorCharts,
    onOpenProjector: cb.onOpenProjector,
    onRoleBriefs: cb.onRoleBriefs,
  });
  const log = createFacilitatorLog();
  const modal = createModal({
    title: words.consoleTitle,
    eyebrow: interpolate(words.consoleEyebrow, { quarter: props.quarter }),
    className: 'modal--drawer',
    body: [
      section(words.sectionGame, [el('div', { className: 'row fpause' }, [pause, pauseState]), rewind.root]),
      section(words.sectionInjects, [
        el('p', {
          className: 'muted',
          text: words.injectsNote,
        }),
        injects.root,
      ]),
      section(words.sectionOverride, [
        el('p', {
          className: 'muted',
          text: words.overrideNote,
        }),
        override.root,
      ]),
      section(words.sectionKremlin, [reveal.root]),
      section(words.sectionProjector, [projector.root]),
      section(words.sectionLog, [log.root]),
    ],
    footer: [button(words.closeConsole, cb.onClose, 'default')],
    onClose: cb.onClose,
  });
  attachScrollCue(modal.body);
  const eyebrow = modal.dialog.querySelector('.eyebrow');
  let lastProps = props;
  const update = (p: ConsoleProps): void => {
    lastProps = p;
    if (eyebrow) eyebrow.textContent = interpolate(words.consoleEyebrow, { quarter: p.quarter });
    pause.textContent = p.paused ? words.resume : words.pause;
    pause.disabled = !p.canSteer && !p.paused;
    pauseState.textContent = p.paused ? words.pausedState : words.runningState;
    rewind.update(p.rewind, p.canSteer || p.rewind.length > 0);
    injects.update(p.injects, p.canSteer);
    override.update(p.overrides, p.canSteer);
    reveal.update(p.reveal, p.kremlin, true);
    projector.update(p.projectorCharts);
    log.update(p.log);
  };
  update(props);
  modal.open(parent);
  modal.heading.focus();
  return { dialog: modal.dialog, heading: modal.heading, update };
}
