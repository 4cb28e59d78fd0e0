/**
 * "Your games": every saved game in a list, the most recent first, each with Resume, Rename,
 * Copy code, Download file and Delete (Undo in the notice above the list). A modal over the title
 * screen, kept in step with the store by update(); every button names its game for screen readers.
 */
import { button, el } from '../dom';
import { createModal } from '../modal';
import { downloadText } from '../review/download';
import { copyFieldText } from '../share/copy-text';
import type { GameRowView, GamesCallbacks, GamesListProps } from './games-model';
import { createGamesNotice } from './games-notice';

/** The open dialog: update it with new props, or close it. */
export interface GamesDialog {
  update(props: GamesListProps): void;
  close(): void;
}

/** A row's rename form: the name field with Save and Cancel. */
function renameForm(
  row: GameRowView,
  p: GamesListProps,
  onSave: (name: string) => void,
  onCancel: () => void,
) {
  const field = el('input', {
    className: 'input',
    attrs: { type: 'text', maxlength: '80', 'aria-label': p.words.nameField, value: row.name },
  });
  field.value = row.name;
  const form = el('form', { className: 'row games__rename' }, [
    field,
    el('button', {
      className: 'btn btn--primary btn--small',
      text: p.words.saveName,
      attrs: { type: 'submit' },
    }),
    button(p.words.cancel, onCancel, 'ghost', 'btn--small'),
  ]);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onSave(field.value);
  });
  field.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  });
  return { form, field };
}

/** Opens the Games list over `parent`; `onClosed` runs when the player closes it. */
export function openGamesDialog(
  props: GamesListProps,
  cb: GamesCallbacks,
  parent: HTMLElement,
  onClosed: () => void,
): GamesDialog {
  const noticeSlot = el('div', { className: 'games__notice' });
  const list = el('ul', { className: 'games__list', attrs: { 'aria-label': props.words.title } });
  const empty = el('p', { className: 'muted', text: props.words.empty });
  const status = el('p', { className: 'muted games__status', attrs: { role: 'status' } });
  let renaming: string | null = null;
  let current = props;

  const close = (): void => {
    modal.dialog.close();
    modal.dialog.remove();
    onClosed();
  };
  const modal = createModal({
    title: props.words.title,
    body: [el('p', { className: 'muted', text: props.words.intro }), noticeSlot, list, empty, status],
    footer: [button(props.words.close, close)],
    onClose: close,
    className: 'modal--games',
  });

  const exportCode = (row: GameRowView, codeSlot: HTMLElement): void => {
    const exported = cb.onExportGame(row.id);
    if (!exported?.code) {
      status.textContent = exported?.noCode ?? '';
      return;
    }
    const field = el('input', {
      className: 'input games__code',
      attrs: { type: 'text', readonly: '', 'aria-label': row.labels.codeField },
    });
    field.value = exported.code;
    codeSlot.replaceChildren(field);
    void copyFieldText(field).then((result) => {
      status.textContent = result === 'copied' ? exported.copied : exported.selected;
    });
  };
  const exportFile = (row: GameRowView): void => {
    const exported = cb.onExportGame(row.id);
    if (exported) downloadText(exported.fileText, exported.fileName, 'application/json');
  };

  const rowItem = (row: GameRowView, p: GamesListProps): HTMLLIElement => {
    const codeSlot = el('div');
    const named = (
      label: string,
      text: string,
      onClick: () => void,
      variant: 'primary' | 'default' | 'ghost',
    ) => {
      const b = button(text, onClick, variant, 'btn--small');
      b.setAttribute('aria-label', label);
      return b;
    };
    const heading = el('h3', { className: 'games__name', text: row.name });
    const actions =
      renaming === row.id
        ? (() => {
            const { form, field } = renameForm(
              row,
              p,
              (name) => {
                renaming = null;
                cb.onRenameGame(row.id, name);
                render(current);
                list.querySelector<HTMLButtonElement>(`[data-rename="${row.id}"]`)?.focus();
              },
              () => {
                renaming = null;
                render(current);
                list.querySelector<HTMLButtonElement>(`[data-rename="${row.id}"]`)?.focus();
              },
            );
            queueMicrotask(() => field.focus());
            return form;
          })()
        : el('div', { className: 'row games__actions' }, [
            named(row.labels.resume, p.words.resume, () => cb.onResumeGame(row.id), 'primary'),
            (() => {
              const b = named(
                row.labels.rename,
                p.words.rename,
                () => {
                  renaming = row.id;
                  render(current);
                },
                'default',
              );
              b.dataset['rename'] = row.id;
              return b;
            })(),
            named(row.labels.copyCode, p.words.copyCode, () => exportCode(row, codeSlot), 'default'),
            named(row.labels.download, p.words.download, () => exportFile(row), 'default'),
            named(row.labels.delete, p.words.delete, () => cb.onDeleteGame(row.id), 'ghost'),
          ]);
    return el('li', { className: 'games__row' }, [
      el('div', { className: 'games__head' }, [
        heading,
        row.latest ? el('span', { className: 'tag', text: row.latest }) : null,
      ]),
      el('p', { text: row.standing }),
      el('p', { className: 'muted', text: `${row.origin} · ${row.lastPlayed}` }),
      actions,
      codeSlot,
    ]);
  };

  let shownNotice: GamesListProps['notice'] = null;
  const render = (p: GamesListProps): void => {
    current = p;
    const hadFocus =
      modal.dialog.contains(document.activeElement) && document.activeElement !== modal.heading;
    list.replaceChildren(...p.rows.map((row) => rowItem(row, p)));
    empty.hidden = p.rows.length > 0;
    if (p.notice !== shownNotice) {
      shownNotice = p.notice;
      noticeSlot.replaceChildren(...(p.notice ? [createGamesNotice(p.notice, p.words, cb)] : []));
    }
    // A deleted row takes its button with it: the focus goes to the notice's Undo, or the heading.
    if (hadFocus && !modal.dialog.contains(document.activeElement)) {
      (noticeSlot.querySelector<HTMLButtonElement>('button') ?? modal.heading).focus();
    }
  };

  render(props);
  modal.open(parent);
  modal.heading.focus();
  return { update: render, close };
}
