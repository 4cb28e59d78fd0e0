/**
 * Putin's posture track with its sentence in words, for the campaign's posture view and for the
 * projector window, whose snapshot carries the track as the store's selector gives it. Pure.
 */
import type { Message } from '../../engine';
import type { ProjectorSnapshot } from '../../state';
import { describeMessage } from '../../text';
import type { ProjectorSnapshotLike } from '../../ui/projector/projector-model';

/** A posture track (from the store or from a projector snapshot) with its sentence in words. */
export function postureTrackProps<T extends { readonly sentence: Message }>(
  track: T,
): Omit<T, 'sentence'> & { readonly sentence: string } {
  return { ...track, sentence: describeMessage(track.sentence) };
}

/** What the projector view draws: the game window's snapshot, its posture sentence in words. */
export function projectorProps(snapshot: ProjectorSnapshot): ProjectorSnapshotLike {
  return { ...snapshot, postureTrack: postureTrackProps(snapshot.postureTrack) };
}
