import { describe, expect, it } from 'vitest';
import { routeChanges, scenesForScreen } from '../../src/scenes/shared/screen-router';
import { SCENE_KEYS } from '../../src/scenes/shared/scene-keys';
import { afterFrame } from '../../src/scenes/canvas/render-on-demand';

describe('scenesForScreen', () => {
  it('keeps the campaign running beneath the report and the negotiation', () => {
    expect(scenesForScreen('report')).toEqual({ base: SCENE_KEYS.campaign, overlay: SCENE_KEYS.report });
    expect(scenesForScreen('negotiation')).toEqual({
      base: SCENE_KEYS.campaign,
      overlay: SCENE_KEYS.negotiation,
    });
    expect(scenesForScreen('debrief')).toEqual({ base: SCENE_KEYS.debrief, overlay: null });
  });
});

describe('routeChanges', () => {
  it('closes only the report when the campaign resumes', () => {
    const running = new Set([SCENE_KEYS.campaign, SCENE_KEYS.report] as const);
    expect(routeChanges(running, scenesForScreen('campaign'))).toEqual({
      stop: [SCENE_KEYS.report],
      start: [],
    });
  });
  it('replaces the title with the briefing', () => {
    expect(routeChanges(new Set([SCENE_KEYS.title]), scenesForScreen('briefing'))).toEqual({
      stop: [SCENE_KEYS.title],
      start: [SCENE_KEYS.briefing],
    });
  });
  it('starts the base before its overlay', () => {
    expect(routeChanges(new Set(), scenesForScreen('report')).start).toEqual([
      SCENE_KEYS.campaign,
      SCENE_KEYS.report,
    ]);
  });
});

describe('afterFrame', () => {
  it('counts the requested frames down and sleeps on the last one', () => {
    expect(afterFrame(3)).toEqual({ frames: 2, sleep: false });
    expect(afterFrame(1)).toEqual({ frames: 0, sleep: true });
    expect(afterFrame(0)).toEqual({ frames: 0, sleep: true });
  });
});
