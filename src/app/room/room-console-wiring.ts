/**
 * The facilitator's room console wired to the store: the console's controls become the room's
 * settings (pace, open quarters with their countdown, pause, reveal, projector) and actions
 * (injects, overrides, rewinds, each landing where the facilitator saw the team), and its
 * debrief opens the live comparison, each team's review and a file of every team's code.
 */
import type { StoreLike } from '../../scenes/shared/scene-context';
import type { FacilitatorRequest, RoomMembership } from '../../state';
import { interpolate, linkInActiveLanguage, overrideTargetText, quarterText, roomWords } from '../../text';
import type { OverrideTarget } from '../../engine';
import { selectQuarterLabelAt } from '../../state';
import { showRoomConsole } from '../../ui/room/room-console';
import { downloadText } from '../../ui/review/download';
import { openTeamsDialog } from '../../ui/teams';
import { follow, joinLinks } from './room-follow';
import { roomConsoleProps } from './room-props';

/** The teams an action is for: one, or every team of the room. */
function teamsFor(store: StoreLike, team: string | null): { ids: string[]; who: string } {
  const teams = store.getState().room?.settings?.teams ?? [];
  const chosen = team === null ? teams : teams.filter((t) => t.id === team);
  return {
    ids: chosen.map((t) => t.id),
    who: team === null ? roomWords().console.everyTeam : (chosen[0]?.name ?? team),
  };
}

/** Shows the console for this facilitator and keeps it live. */
export function startRoomConsole(
  store: StoreLike,
  root: HTMLElement,
  member: RoomMembership,
  token: string,
): void {
  const w = roomWords().console;
  const act = (requests: FacilitatorRequest[]): void => store.getState().roomAct(requests);
  const reviewHref = (code: string): string =>
    linkInActiveLanguage(`${window.location.origin}${window.location.pathname}?game=${code}`);
  const view = showRoomConsole(root, {
    setPace: (pace) => store.getState().updateRoom({ pace }),
    openNext: (minutes) => {
      const settings = store.getState().room?.settings;
      if (!settings) return;
      store.getState().updateRoom({
        openQuarters: settings.openQuarters + 1,
        deadlineMs: minutes > 0 ? Date.now() + minutes * 60_000 : null,
      });
    },
    setPaused: (paused) => store.getState().updateRoom({ paused }),
    setReveal: (reveal) => store.getState().updateRoom({ reveal }),
    setProjector: (viewName, teamId) =>
      store.getState().updateRoom({ projector: { view: viewName, teamId } }),
    inject: (team, injectId) => {
      const { ids, who } = teamsFor(store, team);
      act(ids.map((id) => ({ kind: 'inject', team: id, injectId })));
      const name = store.getState().scenario.params.injects.find((i) => i.id === injectId)?.title ?? injectId;
      return interpolate(w.injectSent, { name, who });
    },
    override: (team, target, value, reason) => {
      const { ids, who } = teamsFor(store, team);
      act(ids.map((id) => ({ kind: 'override', team: id, target, value, reason })));
      return interpolate(w.overrideSent, { target: overrideTargetText(target as OverrideTarget).label, who });
    },
    rewind: (team, toQuarter) => {
      const { ids, who } = teamsFor(store, team);
      act(ids.map((id) => ({ kind: 'rewind', team: id, toQuarter })));
      return interpolate(w.rewindSent, {
        who,
        quarter: quarterText(selectQuarterLabelAt(store.getState(), toQuarter)),
      });
    },
    compare: () => openTeamsDialog(store, true),
    exportCodes: () => {
      const s = store.getState();
      const settings = s.room?.settings;
      if (!settings) return;
      const lines = settings.teams.map((t) => {
        const entry = s.teams.find((e) => e.number - 1 === settings.teams.indexOf(t));
        return entry
          ? `${t.name}\t${reviewHref(entry.code)}`
          : `${t.name}\t${interpolate(w.notJoined, { team: t.name })}`;
      });
      downloadText(
        [interpolate(w.exportHeader, { code: member.code }), '', ...lines, ''].join('\n'),
        `leverage-room-${member.code}.txt`,
        'text/plain',
      );
    },
  });
  follow(store, () => {
    const props = roomConsoleProps(store.getState(), Date.now(), reviewHref);
    if (props) view.update(props);
  });
  void joinLinks(member.code, token).then((links) => links && view.showLinks(links.teams, links.others));
}
