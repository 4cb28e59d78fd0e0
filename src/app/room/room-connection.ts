/**
 * The device's connection to a workshop room: one WebSocket to the room server carrying the
 * room's documents (the settings, the published statuses, and the team logs this member may
 * read), each kept in IndexedDB as well, so a device that loses the network keeps playing on its
 * copy and syncs when it is back, and a reload offline still opens the room. Every change, local
 * or remote, hands the store a snapshot of what the documents hold; the store's decisions come
 * back through the link and are written into the member's own document only.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import {
  appendLogEntry,
  parseRoomDocName,
  pushActions,
  pushAnswer,
  readActions,
  readAnswers,
  readLog,
  readSettings,
  readStatuses,
  roomDocName,
  writeSettings,
} from '../../room/room-docs';
import type { RoomConnection, RoomLink, RoomMembership, RoomSnapshot } from '../../state';

/** What connectRoom needs. */
export interface RoomConnectionOptions {
  /** The room server's sync address, e.g. `ws://192.168.1.20:8080/sync`. */
  readonly url: string;
  readonly member: RoomMembership;
  readonly token: string;
  /** Called after every change of any document of the room. */
  readonly onSnapshot: (snapshot: RoomSnapshot) => void;
  readonly onConnection: (connection: RoomConnection) => void;
  /** The server refused the token for a document (a link revoked or mistyped). */
  readonly onDenied: (documentName: string) => void;
  /** Keep a copy of every document in IndexedDB (off in environments without it). */
  readonly persist?: boolean;
}

/** An open connection: the link the store writes through, and how to close it. */
export interface OpenRoom {
  readonly link: RoomLink;
  readonly close: () => void;
}

interface RoomDoc {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  readonly local: IndexeddbPersistence | null;
}

/** The awareness field by which a team's device says it is connected (its value: the team id). */
const PRESENCE = 'team';

/** The reason the room server gives when it refuses a change (src/server/room-server.ts). */
const REFUSED = 'change-refused';

/** The sync address of the room server that served this page (same origin, path /sync). */
export function sameOriginSyncUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

/** Connects to a room as this member; documents open as the member may read them. */
export function connectRoom(options: RoomConnectionOptions): OpenRoom {
  const { member, token } = options;
  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    // A workshop wants a restarted server back within seconds, not the default half a minute.
    minDelay: 300,
    maxDelay: 3000,
    onStatus: ({ status }) =>
      options.onConnection(
        status === WebSocketStatus.Connected
          ? 'online'
          : status === WebSocketStatus.Connecting
            ? 'connecting'
            : 'offline',
      ),
  });
  const docs = new Map<string, RoomDoc>();

  const snapshot = (): RoomSnapshot => {
    const settingsDoc = docs.get(roomDocName(member.code, 'settings'))?.doc;
    const statusDoc = docs.get(roomDocName(member.code, 'status'))?.doc;
    const logs: Record<string, unknown[]> = {};
    const answers: Record<string, unknown[]> = {};
    const online: Record<string, boolean> = {};
    for (const [name, { doc, provider }] of docs) {
      const address = parseRoomDocName(name);
      if (address?.kind === 'team' && address.teamId) {
        logs[address.teamId] = readLog(doc);
        const teamId = address.teamId;
        const states = [...(provider.awareness?.getStates().entries() ?? [])];
        online[teamId] = states.some(
          ([client, state]) => client !== doc.clientID && state[PRESENCE] === teamId,
        );
      }
      if (address?.kind === 'kremlin' && address.teamId) answers[address.teamId] = readAnswers(doc);
    }
    return {
      settings: settingsDoc ? readSettings(settingsDoc) : undefined,
      actions: settingsDoc ? readActions(settingsDoc) : [],
      statuses: statusDoc ? readStatuses(statusDoc) : {},
      logs,
      answers,
      online,
    };
  };
  const changed = (): void => {
    openTeamLogs();
    options.onSnapshot(snapshot());
  };

  const open = (name: string): RoomDoc => {
    const known = docs.get(name);
    if (known) return known;
    const doc = new Y.Doc();
    const local = options.persist === false ? null : new IndexeddbPersistence(`leverage.${name}`, doc);
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: doc,
      token,
      onAuthenticationFailed: () => options.onDenied(name),
      onClose: ({ event }) => {
        if (event.reason === REFUSED) void reset(name);
      },
    });
    provider.attach();
    // A team says on its own log that its device is here: the facilitator sees who is connected.
    if (member.role === 'team' && parseRoomDocName(name)?.teamId === member.teamId) {
      provider.setAwarenessField(PRESENCE, member.teamId);
    }
    provider.awareness?.on('change', changed);
    const entry = { doc, provider, local };
    docs.set(name, entry);
    doc.on('update', changed);
    return entry;
  };

  /**
   * The server refused a change of this document (a quarter ended offline while the facilitator
   * paused or rewound the team): the device drops its copy, offline one included, and takes the
   * room's again, so the game on screen is the room's.
   */
  async function reset(name: string): Promise<void> {
    const known = docs.get(name);
    if (!known) return;
    docs.delete(name);
    known.doc.off('update', changed);
    known.provider.awareness?.off('change', changed);
    known.provider.destroy();
    await known.local?.clearData();
    open(name);
    changed();
  }

  /**
   * The logs this member reads, with the Kremlin player's answers to them in a room that has one:
   * its own as a team, every team's for the facilitator, the projector and the Kremlin player.
   */
  function openTeamLogs(): void {
    const settingsDoc = docs.get(roomDocName(member.code, 'settings'))?.doc;
    const settings = (settingsDoc ? readSettings(settingsDoc) : undefined) as
      { teams?: { id?: unknown }[]; kremlin?: unknown } | undefined;
    const openTeam = (teamId: string): void => {
      open(roomDocName(member.code, 'team', teamId));
      if (settings?.kremlin === true) open(roomDocName(member.code, 'kremlin', teamId));
    };
    if (member.role === 'team') {
      if (member.teamId) openTeam(member.teamId);
      return;
    }
    if (!Array.isArray(settings?.teams)) return;
    for (const team of settings.teams) if (typeof team.id === 'string') openTeam(team.id);
  }

  const settingsDoc = open(roomDocName(member.code, 'settings')).doc;
  open(roomDocName(member.code, 'status'));
  openTeamLogs();

  const link: RoomLink = {
    appendEntry: (entry) => {
      if (member.role !== 'team' || !member.teamId) return;
      appendLogEntry(open(roomDocName(member.code, 'team', member.teamId)).doc, entry);
    },
    pushActions: (actions) => {
      if (member.role === 'facilitator') pushActions(settingsDoc, actions);
    },
    writeSettings: (settings) => {
      if (member.role === 'facilitator') writeSettings(settingsDoc, settings);
    },
    pushAnswer: (teamId, answer) => {
      if (member.role === 'kremlin')
        pushAnswer(open(roomDocName(member.code, 'kremlin', teamId)).doc, answer);
    },
  };
  return {
    link,
    close: () => {
      for (const { doc, provider, local } of docs.values()) {
        doc.off('update', changed);
        provider.awareness?.off('change', changed);
        provider.destroy();
        void local?.destroy();
      }
      socket.destroy();
    },
  };
}
