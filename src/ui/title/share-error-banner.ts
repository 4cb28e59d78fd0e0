/** The message shown when a shared game could not be opened: what is wrong, that nothing changed, and Dismiss. */
import { button, el, uid } from '../dom';
import { icon } from '../icons';
import { interpolate, uiWords } from '../../text';

/** Builds the banner (role=alert, so it is announced when it appears). */
export function createShareErrorBanner(message: string, onDismiss: () => void): HTMLElement {
  const titleId = uid('share-error');
  return el(
    'section',
    {
      className: 'banner banner--danger banner--compact enter',
      attrs: { role: 'alert', 'aria-labelledby': titleId },
    },
    [
      el('div', { className: 'banner__text' }, [
        el('h2', { className: 'row', attrs: { id: titleId } }, [
          icon('danger'),
          uiWords().title.shareErrorTitle,
        ]),
        el('p', { text: interpolate(uiWords().title.shareErrorUnchanged, { message }) }),
      ]),
      button(uiWords().common.dismiss, onDismiss, 'ghost'),
    ],
  );
}
