/** The message shown when a shared game could not be opened: what is wrong, that nothing changed, and Dismiss. */
import { button, el, uid } from '../dom';
import { icon } from '../icons';

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
          'This shared game could not be opened',
        ]),
        el('p', { text: `${message} Nothing else has changed: your game and settings are as they were.` }),
      ]),
      button('Dismiss', onDismiss, 'ghost'),
    ],
  );
}
