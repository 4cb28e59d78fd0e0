/** Keys of the Phaser scenes, one per screen, as constants so the router and scenes agree. */
export const SCENE_KEYS = {
  boot: 'Boot',
  preload: 'Preload',
  title: 'Title',
  briefing: 'Briefing',
  campaign: 'Campaign',
  report: 'Report',
  negotiation: 'Negotiation',
  debrief: 'Debrief',
} as const;

/** Any scene key. */
export type SceneKey = (typeof SCENE_KEYS)[keyof typeof SCENE_KEYS];
