/**
 * The role briefs dialog: the five seats of the scenario as tabs, each brief with its own Print
 * button, and "Print all" (one printed page per role). While the dialog is open the print page
 * holds every brief, so the browser's own Print gives them all too.
 */
import { button, el, srOnly } from '../dom';
import { createModal } from '../modal';
import { attachScrollCue } from '../scroll-cue';
import { printNodes, setPrintContent } from '../review/print-page';
import { createTabList } from '../review/tab-list';
import { roleArticle } from './role-article';
import { roleBriefs, type RoleBrief, type RolesScenario } from './role-model';
import { interpolate, uiWords } from '../../text';

function printCopies(briefs: readonly RoleBrief[]): HTMLElement[] {
  return briefs.map((b) =>
    el('div', { className: 'print-page print-page--role' }, [roleArticle(b, `print-role-${b.id}`)]),
  );
}

/** "Print" with the role in its accessible name, so five Print buttons stay distinguishable. */
function printButton(b: RoleBrief): HTMLButtonElement {
  const node = el('button', { className: 'btn btn--small', attrs: { type: 'button' } }, [
    uiWords().roles.print,
    srOnly(interpolate(uiWords().roles.printBriefOf, { title: b.title })),
  ]);
  node.addEventListener('click', () => printNodes(printCopies([b])));
  return node;
}

/** Opens the dialog over `parent` for a scenario; returns a function that closes it. */
export function showRoleBriefs(scenario: RolesScenario, parent: HTMLElement): () => void {
  const words = uiWords().roles;
  const briefs = roleBriefs(scenario);
  const restorePrint = setPrintContent(printCopies(briefs));
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    stopCue();
    restorePrint();
    modal.dialog.close();
    modal.dialog.remove();
    if (opener?.isConnected) opener.focus({ preventScroll: true });
  };
  const tabs = createTabList(
    words.tabs,
    briefs.map((b) => ({
      id: b.id,
      label: b.title,
      panel: el('div', { className: 'roles__panel' }, [
        el('div', { className: 'roles__actions' }, [printButton(b)]),
        roleArticle(b, `role-${b.id}`),
      ]),
    })),
    () => {},
    'tabs tabs--vertical roles__tabs',
  );
  const body =
    briefs.length === 0
      ? [el('p', { text: words.none })]
      : [
          el('div', { className: 'roles' }, [
            tabs.root,
            el('div', { className: 'roles__panels' }, tabs.panels),
          ]),
        ];
  const modal = createModal({
    title: words.title,
    eyebrow: scenario.name,
    body,
    footer: [
      el('p', {
        className: 'muted roles__hint',
        text: words.printHint,
      }),
      button(words.printAll, () => printNodes(printCopies(briefs)), 'primary'),
    ],
    onClose: close,
    className: 'modal--full modal--roles',
  });
  modal.open(parent);
  const stopCue = attachScrollCue(modal.body);
  modal.heading.focus();
  return close;
}
