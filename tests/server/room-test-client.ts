/**
 * Room clients for the server tests: one WebSocket per member (Node's `ws`), one provider per
 * document, as the app connects; and a poll that waits for a condition with a generous limit.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** One document a test client holds. */
export interface ClientDoc {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  /** Why the server refused the token for this document, once it has. */
  denied: string | null;
  /** Why the server closed this document's connection (a refused change), once it has. */
  closedFor: string | null;
}

/** A member's connection to a room server. */
export interface TestClient {
  /** Opens (or returns) a document of the room on this client's socket. */
  open(name: string): ClientDoc;
  /** Closes every provider and the socket. */
  close(): void;
}

/** The sync address of a room server at `url` (http://host:port). */
export const syncUrl = (url: string): string => `${url.replace(/^http/, 'ws')}/sync`;

/** Connects a member to the room server at `url` with this token. */
export function roomClient(url: string, token: string): TestClient {
  const socket = new HocuspocusProviderWebsocket({
    url: syncUrl(url),
    WebSocketPolyfill: WebSocket,
    minDelay: 100,
    maxDelay: 500,
  });
  const docs = new Map<string, ClientDoc>();
  return {
    open(name) {
      const known = docs.get(name);
      if (known) return known;
      const doc = new Y.Doc();
      const entry: ClientDoc = {
        doc,
        denied: null,
        closedFor: null,
        provider: new HocuspocusProvider({
          websocketProvider: socket,
          name,
          document: doc,
          token,
          onAuthenticationFailed: ({ reason }) => {
            entry.denied = reason;
          },
          onClose: ({ event }) => {
            if (event.reason === 'change-refused') entry.closedFor = event.reason;
          },
        }),
      };
      entry.provider.attach();
      docs.set(name, entry);
      return entry;
    },
    close() {
      for (const { provider } of docs.values()) provider.destroy();
      socket.destroy();
    },
  };
}

/** Waits until `condition` holds, checking every 20 ms; fails after `limitMs` with `what`. */
export async function waitFor(what: string, condition: () => boolean, limitMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > limitMs) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
