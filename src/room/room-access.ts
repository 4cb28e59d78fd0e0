/**
 * Who may read and who may write each document of a room. The room server applies this table
 * when a connection authenticates (the sync engine then refuses every change from a read-only
 * connection); clients use it only to know what they may offer. A team never reads another
 * team's log (the published status tells it who has ended the quarter) nor the Kremlin player's
 * answers to another team; the Kremlin player reads every log and answers every team.
 */
import type { RoomRole } from '../state';
import type { RoomDocAddress } from './room-docs';

/** What a token may do with one document. */
export type RoomAccess = 'write' | 'read' | 'none';

/** A token's holder: its role, and its team for a team token. */
export interface RoomMember {
  readonly role: RoomRole;
  readonly teamId: string | null;
}

/** The access a member has to a document of its room. */
export function roomAccess(member: RoomMember, doc: RoomDocAddress): RoomAccess {
  switch (doc.kind) {
    case 'settings':
      return member.role === 'facilitator' ? 'write' : 'read';
    case 'status':
      return 'read';
    case 'team':
      if (member.role === 'team') return member.teamId === doc.teamId ? 'write' : 'none';
      return 'read';
    case 'kremlin':
      if (member.role === 'kremlin') return 'write';
      if (member.role === 'team') return member.teamId === doc.teamId ? 'read' : 'none';
      return 'read';
  }
}
