/**
 * Opening the page as a member of a workshop room, or as its host. `?host=KEY` shows the form
 * that creates a room and then opens the facilitator's console; `?room=CODE&token=T` asks the
 * server who the token is, remembers it on this device (the token then leaves the address bar, so
 * a reload, even offline, rejoins), connects to the room and shows the member's page: a team
 * plays the game with the room bar over it, the facilitator gets the room console, the projector
 * the room's projector view. Loaded only when the address asks for a room.
 */
import type { StoreLike } from '../../scenes/shared/scene-context';
import type { KeyValueStorage, RoomMembership } from '../../state';
import { MAX_ROOM_TEAM_NAME_CHARS, MAX_ROOM_TEAMS } from '../../state';
import { assumptionPresets, interpolate, linkInActiveLanguage, roomWords } from '../../text';
import { el } from '../../ui/dom';
import { showHostPage } from '../../ui/room/host-page';
import { createRoomBar } from '../../ui/room/room-bar';
import { showRoomProjector } from '../../ui/room/room-projector';
import { connectRoom, sameOriginSyncUrl } from './room-connection';
import { createRoom, joinUrl, readMembership, saveMembership, whoAmI, type RoomAddress } from './room-api';
import { follow, joinLinks } from './room-follow';
import { startRoomConsole } from './room-console-wiring';
import { kremlinDeskProps, roomBarProps, roomProjectorProps } from './room-props';
import { showKremlinDesk } from '../../ui/room/kremlin-desk';
import type { KremlinOption } from '../../engine';

/** What the room pages need from the composition root. */
export interface RoomStartDeps {
  readonly root: HTMLElement;
  readonly storage: KeyValueStorage;
  /** Starts the game (Phaser and its scenes) for a team and returns its store. */
  readonly startGame: () => StoreLike;
  /** A store without the game's screens, for the host, the facilitator and the projector. */
  readonly createStore: () => StoreLike;
}

/** A page that only says something (a refused link, an unknown room). */
function showMessage(root: HTMLElement, text: string): void {
  root.replaceChildren(
    el('main', { className: 'room-page room-page--message' }, [
      el('p', { className: 'room-page__eyebrow', text: 'Leverage' }),
      el('h1', { text, attrs: { tabindex: '-1' } }),
    ]),
  );
  root.querySelector('h1')?.focus();
}

/** Connects a store to the room as this member; returns the connection's close. */
function connect(store: StoreLike, member: RoomMembership, token: string, root: HTMLElement): () => void {
  const open = connectRoom({
    url: sameOriginSyncUrl(window.location),
    member,
    token,
    onSnapshot: (snapshot) => store.getState().roomData(snapshot),
    onConnection: (connection) => store.getState().roomConnection(connection),
    onDenied: () => showMessage(root, roomWords().join.denied),
    persist: typeof indexedDB !== 'undefined',
  });
  store.getState().joinRoom(member, open.link);
  window.addEventListener('pagehide', open.close, { once: true });
  return open.close;
}

function startTeam(deps: RoomStartDeps, member: RoomMembership, token: string): void {
  const store = deps.startGame();
  const bar = createRoomBar();
  document.body.classList.add('in-room');
  document.body.append(bar.root);
  connect(store, member, token, deps.root);
  follow(store, () => {
    const props = roomBarProps(store.getState(), Date.now());
    if (props) bar.update(props);
  });
}

function startProjectorPage(deps: RoomStartDeps, member: RoomMembership, token: string): void {
  const store = deps.createStore();
  const view = showRoomProjector(deps.root);
  connect(store, member, token, deps.root);
  follow(store, () => view.update(roomProjectorProps(store.getState(), Date.now())));
  void joinLinks(member.code, token).then((links) => links && view.showLinks(links.teams));
}

function startKremlinDesk(deps: RoomStartDeps, member: RoomMembership, token: string): void {
  const store = deps.createStore();
  const desk = showKremlinDesk(
    deps.root,
    (key) => store.getState().scenario.sources[key],
    (teamIds, choices) => {
      store.getState().roomKremlinAnswer(teamIds, choices as KremlinOption[]);
      const names = store
        .getState()
        .room?.settings?.teams.filter((t) => teamIds.includes(t.id))
        .map((t) => t.name);
      return interpolate(roomWords().kremlin.sent, { teams: (names ?? []).join(', ') });
    },
  );
  connect(store, member, token, deps.root);
  follow(store, () => {
    const props = kremlinDeskProps(store.getState());
    if (props) desk.update(props);
  });
}

async function join(deps: RoomStartDeps, code: string, urlToken: string | null): Promise<void> {
  const words = roomWords().join;
  const saved = readMembership(deps.storage, code);
  const token = urlToken ?? saved?.token ?? null;
  if (!token) return showMessage(deps.root, words.denied);
  showMessage(deps.root, interpolate(words.checking, { code }));
  const answer = await whoAmI(fetch, code, token);
  let member: RoomMembership;
  if (answer.ok) member = answer.value;
  else if (answer.problem === 'unreachable' && saved && saved.token === token) member = saved.member;
  else
    return showMessage(
      deps.root,
      answer.problem === 'noRoom'
        ? interpolate(words.noRoom, { code })
        : answer.problem === 'unreachable'
          ? words.unreachable
          : words.denied,
    );
  saveMembership(deps.storage, { member, token });
  // The token is the member's key: once remembered it leaves the address bar (and the history).
  window.history.replaceState(window.history.state, '', `${window.location.pathname}?room=${code}`);
  deps.root.replaceChildren();
  if (member.role === 'team') startTeam(deps, member, token);
  else if (member.role === 'projector') startProjectorPage(deps, member, token);
  else if (member.role === 'kremlin') startKremlinDesk(deps, member, token);
  else {
    const store = deps.createStore();
    connect(store, member, token, deps.root);
    startRoomConsole(store, deps.root, member, token);
  }
}

function host(deps: RoomStartDeps, key: string): void {
  const words = roomWords().host;
  const store = deps.createStore();
  const s = store.getState();
  showHostPage(deps.root, {
    scenarios: s.scenarioChoices.map((c) => ({ id: c.id, name: c.name })),
    presets: assumptionPresets().map((x) => ({ id: x.id, name: x.name })),
    seed: s.seed,
    maxTeams: MAX_ROOM_TEAMS,
    maxNameChars: MAX_ROOM_TEAM_NAME_CHARS,
    onCreate: async (request) => {
      // The store knows the presets' choices: applying one there gives the room's assumptions.
      if (request.presetId) store.getState().applyAssumptionPreset(request.presetId);
      const assumptions = request.presetId ? store.getState().assumptions : {};
      const { scenarioId, seed, teams, pace, kremlin } = request;
      const answer = await createRoom(fetch, key, { scenarioId, seed, teams, pace, kremlin, assumptions });
      if (!answer.ok) {
        if (answer.problem === 'denied') return words.badKey;
        if (answer.problem === 'unreachable') return words.offline;
        return interpolate(words.failed, { error: answer.message });
      }
      window.location.assign(
        linkInActiveLanguage(joinUrl(window.location.origin, answer.value.code, answer.value.facilitator)),
      );
      return null;
    },
  });
}

/** Opens the page the address asks for. */
export function startRoom(address: RoomAddress, deps: RoomStartDeps): void {
  if (address.kind === 'host') host(deps, address.key);
  else void join(deps, address.code, address.token);
}
