/**
 * The message shown when the saved game could not be read: what happened, that a new game starts,
 * and a download of the unreadable save so nothing the player had is lost.
 */
import { button, el, uid } from '../dom';
import { icon } from '../icons';
import { uiWords } from '../../text';

/** What the banner shows. */
export interface UnreadableProps {
  readonly reason: string;
  readonly raw: string;
}

/** Offers `text` as a file download without any network request (Blob + object URL). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = el('a', { attrs: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Builds the banner (role=alert so it is announced when it appears). */
export function createUnreadableBanner(props: UnreadableProps, onDismiss: () => void): HTMLElement {
  const titleId = uid('unreadable');
  return el(
    'section',
    { className: 'banner banner--danger enter', attrs: { role: 'alert', 'aria-labelledby': titleId } },
    [
      el('h2', { className: 'row', attrs: { id: titleId } }, [
        icon('danger'),
        uiWords().title.unreadableTitle,
      ]),
      el('p', { text: props.reason }),
      el('p', { text: uiWords().title.unreadableKept }),
      el('div', { className: 'row' }, [
        button(uiWords().title.unreadableDownload, () =>
          downloadText('leverage-unreadable-save.json', props.raw),
        ),
        button(uiWords().common.dismiss, onDismiss, 'ghost'),
      ]),
    ],
  );
}
