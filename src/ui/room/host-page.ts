/**
 * The host's page (`?host=KEY`, the link the room server prints): a short form that creates a
 * workshop room: the scenario, its assumptions (a preset as difficulty), the seed of the war, the
 * teams' names, the pace and whether a person plays the Kremlin. Errors are said
 * under the button and the form keeps what was typed.
 */
import { el, uid } from '../dom';
import { interpolate, roomWords } from '../../text';

/** A scenario the room may play. */
export interface HostScenarioChoice {
  readonly id: string;
  readonly name: string;
}

/** What the form asks the server for. */
export interface RoomRequest {
  readonly scenarioId: string;
  readonly seed: number;
  readonly teams: readonly string[];
  readonly pace: 'free' | 'locked';
  /** The assumption preset chosen as difficulty, or null for the scenario's own figures. */
  readonly presetId: string | null;
  /** True when a person plays the Kremlin on a device of their own. */
  readonly kremlin: boolean;
}

/** What the host page needs. */
export interface HostPageProps {
  readonly scenarios: readonly HostScenarioChoice[];
  /** The assumption presets (difficulty), by id and name. */
  readonly presets: readonly HostScenarioChoice[];
  readonly seed: number;
  readonly maxTeams: number;
  readonly maxNameChars: number;
  /** Creates the room; resolves with an error sentence, or null once the page moves on. */
  readonly onCreate: (request: RoomRequest) => Promise<string | null>;
}

/** The team names typed, one a line, blank lines dropped. */
export function teamNamesIn(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = uid('host');
  control.id = id;
  const hintNode = hint
    ? el('p', { className: 'muted host__hint', text: hint, attrs: { id: `${id}-hint` } })
    : null;
  if (hintNode) control.setAttribute('aria-describedby', hintNode.id);
  return el('div', { className: 'host__field' }, [
    el('label', { text: label, attrs: { for: id } }),
    control,
    hintNode,
  ]);
}

/** Builds the host page into `root`. */
export function showHostPage(root: HTMLElement, p: HostPageProps): void {
  const words = roomWords().host;
  const scenario = el(
    'select',
    { className: 'input' },
    p.scenarios.map((s) => el('option', { text: s.name, attrs: { value: s.id } })),
  );
  const preset = el('select', { className: 'input' }, [
    el('option', { text: words.ownFigures, attrs: { value: '' } }),
    ...p.presets.map((x) => el('option', { text: x.name, attrs: { value: x.id } })),
  ]);
  const seed = el('input', {
    className: 'input num',
    attrs: { type: 'number', min: '0', max: '2147483647', step: '1', value: String(p.seed), required: '' },
  });
  const teams = el('textarea', { className: 'input host__teams', attrs: { rows: '6', required: '' } });
  teams.value = ['Blue', 'Green', 'Orange', 'Purple'].join('\n');
  const pace = (value: 'free' | 'locked', label: string, checked: boolean): HTMLElement => {
    const input = el('input', { attrs: { type: 'radio', name: 'pace', value } });
    input.checked = checked;
    return el('label', { className: 'host__radio' }, [input, label]);
  };
  const kremlin = el('input', { attrs: { type: 'checkbox' } });
  const error = el('p', { className: 'host__error', attrs: { role: 'alert' } });
  const submit = el('button', {
    className: 'btn btn--primary',
    text: words.create,
    attrs: { type: 'submit' },
  });
  const form = el('form', { className: 'host__form', attrs: { novalidate: '' } }, [
    field(words.scenario, scenario),
    field(words.assumptions, preset),
    field(words.seed, seed),
    field(
      words.teams,
      teams,
      interpolate(words.teamsHint, { max: String(p.maxTeams), chars: String(p.maxNameChars) }),
    ),
    el('fieldset', { className: 'host__pace' }, [
      el('legend', { text: words.pace }),
      pace('locked', words.paceLocked, true),
      pace('free', words.paceFree, false),
    ]),
    el('label', { className: 'host__radio' }, [kremlin, words.kremlin]),
    submit,
    error,
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>('input[name="pace"]:checked')?.value;
    submit.disabled = true;
    submit.textContent = words.creating;
    error.textContent = '';
    void p
      .onCreate({
        scenarioId: scenario.value,
        seed: Number(seed.value),
        teams: teamNamesIn(teams.value),
        pace: chosen === 'free' ? 'free' : 'locked',
        presetId: preset.value || null,
        kremlin: kremlin.checked,
      })
      .then((problem) => {
        submit.disabled = false;
        submit.textContent = words.create;
        if (problem) error.textContent = problem;
      });
  });
  root.replaceChildren(
    el('main', { className: 'room-page host' }, [
      el('p', { className: 'room-page__eyebrow', text: 'Leverage' }),
      el('h1', { text: words.title }),
      el('p', { className: 'muted room-page__intro', text: words.intro }),
      form,
    ]),
  );
  scenario.focus();
}
