/** Every scene class, in render order: overlays come after the campaign so they draw on top. */
import { BootScene } from './boot-scene';
import { BriefingScene } from './briefing-scene';
import { CampaignScene } from './campaign-scene';
import { DebriefScene } from './debrief-scene';
import { NegotiationScene } from './negotiation-scene';
import { PreloadScene } from './preload-scene';
import { ReportScene } from './report-scene';
import { TitleScene } from './title-scene';

/** The scene list for the game config; Boot first so it starts automatically. */
export const ALL_SCENES = [
  BootScene,
  PreloadScene,
  TitleScene,
  BriefingScene,
  CampaignScene,
  DebriefScene,
  ReportScene,
  NegotiationScene,
];
