/**
 * Adding teams: a label and a pasted share code (or ?game= link) with "Add team", and a file
 * input that takes several files at once, each holding one code or link (its name is the label).
 */
import { button, el, uid } from '../dom';
import { defaultTeamLabel, labelFromFileName } from './team-code';
import { countOf, nouns, interpolate, uiWords } from '../../text';

/** The form and a way to refresh its suggested label. */
export interface TeamsForm {
  readonly root: HTMLElement;
  /** Suggests the next label ("Team C") when the field is empty or still holds a suggestion. */
  setTeamCount(count: number): void;
}

function field(label: string, control: HTMLInputElement | HTMLTextAreaElement): HTMLElement {
  control.id = uid('team-field');
  return el('div', { className: 'field' }, [
    el('label', { className: 'field__label', text: label, attrs: { for: control.id } }),
    control,
  ]);
}

/** Builds the form; `onAdd` imports one team. */
export function createTeamsForm(onAdd: (label: string, code: string) => void): TeamsForm {
  const words = uiWords().teams;
  let suggested = defaultTeamLabel(0);
  let count = 0;
  const label = el('input', { className: 'input', attrs: { type: 'text', autocomplete: 'off' } });
  label.value = suggested;
  const code = el('textarea', {
    className: 'input teams-form__code',
    attrs: { rows: '3', spellcheck: 'false', placeholder: words.codePlaceholder },
  });
  const status = el('p', { className: 'teams-form__status muted', attrs: { role: 'status' } });
  const add = (): void => {
    // The store reads the code out of a link; here only an empty field is refused.
    const text = code.value.trim();
    if (text === '') {
      status.textContent = words.codeMissing;
      code.focus();
      return;
    }
    onAdd(label.value.trim() || suggested, text);
    status.textContent = interpolate(words.added, { label: label.value.trim() || suggested });
    code.value = '';
    label.value = '';
    code.focus();
  };
  const files = el('input', { className: 'teams-form__files', attrs: { type: 'file', multiple: '' } });
  files.addEventListener('change', () => {
    const list = [...(files.files ?? [])];
    void Promise.all(list.map((f) => f.text().then((t) => ({ name: f.name, text: t })))).then((read) => {
      for (const r of read) onAdd(labelFromFileName(r.name), r.text);
      status.textContent = interpolate(words.loaded, { files: countOf(read.length, nouns().file) });
      files.value = '';
    });
  });
  const root = el('section', { className: 'teams-form', attrs: { 'aria-labelledby': 'teams-form-h' } }, [
    el('h3', { text: words.addHeading, attrs: { id: 'teams-form-h' } }),
    field(words.teamName, label),
    field(words.codeField, code),
    button(words.add, add, 'primary'),
    field(words.filesField, files),
    status,
  ]);
  return {
    root,
    setTeamCount(n) {
      if (n === count) return;
      count = n;
      const next = defaultTeamLabel(n);
      if (label.value === '' || label.value === suggested) label.value = next;
      suggested = next;
    },
  };
}
