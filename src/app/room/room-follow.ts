/**
 * What the room's pages share: keeping a view live (on every change of the store, and every second
 * while a countdown runs) and fetching the room's join links with their QR codes.
 */
import QRCode from 'qrcode';
import type { StoreLike } from '../../scenes/shared/scene-context';
import { linkInActiveLanguage, roomWords } from '../../text';
import type { JoinLink } from '../../ui/room/room-console-model';
import { joinUrl, roomLinks } from './room-api';

/** Re-renders every second while something shows a countdown, and on every change of the store. */
export function follow(store: StoreLike, render: () => void): void {
  render();
  store.subscribe(render);
  window.setInterval(() => {
    if (store.getState().room?.settings?.deadlineMs) render();
  }, 1000);
}

/** The join links of a room with their QR codes. */
export async function joinLinks(
  code: string,
  token: string,
): Promise<{ teams: JoinLink[]; others: JoinLink[] } | null> {
  const answer = await roomLinks(fetch, code, token);
  if (!answer.ok) return null;
  const origin = window.location.origin;
  const link = async (label: string, memberToken: string): Promise<JoinLink> => {
    const url = linkInActiveLanguage(joinUrl(origin, code, memberToken));
    return {
      label,
      url,
      qr: await QRCode.toDataURL(url, { margin: 1, width: 240, errorCorrectionLevel: 'M' }),
    };
  };
  const { projector, kremlin } = answer.value;
  const words = roomWords().console;
  return {
    teams: await Promise.all(answer.value.teams.map((t) => link(t.name, t.token))),
    others: await Promise.all([
      ...(projector ? [link(words.projectorLink, projector)] : []),
      ...(kremlin ? [link(words.kremlinLink, kremlin)] : []),
    ]),
  };
}
