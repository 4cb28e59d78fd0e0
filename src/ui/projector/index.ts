/** The projector window's view (see projector-view.ts); main.ts starts it for `?view=projector`. */
export { createProjectorView, type ProjectorView } from './projector-view';
export { outcomeLine, type ProjectorSnapshotLike } from './projector-model';

/** True when the page was opened as the projector view (`?view=projector`). */
export function isProjectorUrl(search: string): boolean {
  return new URLSearchParams(search).get('view') === 'projector';
}
