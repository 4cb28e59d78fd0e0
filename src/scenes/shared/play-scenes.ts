/**
 * The scenes after the title, loaded as a separate chunk once the title shows, so the first screen
 * downloads only Phaser, the store and the title (the map, the texts and the play widgets follow in
 * the background).
 */
import type Phaser from 'phaser';
import { BriefingScene } from '../briefing/briefing-scene';
import { CampaignScene } from '../campaign/campaign-scene';
import { DebriefScene } from '../debrief/debrief-scene';
import { NegotiationScene } from '../campaign/negotiation-scene';
import { ReportScene } from '../campaign/report-scene';
import { SCENE_KEYS, type SceneKey } from './scene-keys';

/** Scene classes with their keys, in render order (overlays after the campaign). */
export const PLAY_SCENES: readonly { readonly key: SceneKey; readonly scene: new () => Phaser.Scene }[] = [
  { key: SCENE_KEYS.briefing, scene: BriefingScene },
  { key: SCENE_KEYS.campaign, scene: CampaignScene },
  { key: SCENE_KEYS.debrief, scene: DebriefScene },
  { key: SCENE_KEYS.report, scene: ReportScene },
  { key: SCENE_KEYS.negotiation, scene: NegotiationScene },
];
