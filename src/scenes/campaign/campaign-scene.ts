/**
 * Campaign: the main screen, one quarter per turn. Policy on the left, the theatre map and the key
 * charts in the centre, Putin's posture and the indicators on the right. Input goes to store
 * actions; the canvas draws the map, the chart lines and the posture rail inside the DOM's slots.
 * Over it, when the workshop asks: the Share dialog, the facilitator's console and its "paused"
 * banner, the hot seat's screens and the tutorial's coach mark.
 */
import Phaser from 'phaser';
import type { GameStore } from '../../state';
import { selectIndicatorRows, selectPostureTrack, selectScenario } from '../../state';
import { createIndicatorList } from '../../ui/campaign/indicator-list';
import { createMapFigure } from '../../ui/campaign/map-figure';
import { createPolicyPanel } from '../../ui/campaign/policy-panel';
import { drawPostureRail } from '../../ui/campaign/posture-draw';
import { createPostureView, nextLevelFraction } from '../../ui/campaign/posture-view';
import { openSourcesDialog, sortSourceKeys } from '../../ui/campaign/sources-dialog';
import { createPausedBanner } from '../../ui/campaign/paused-banner';
import { createGamesNoticeSlot } from '../../ui/games/games-notice';
import { otherScreenGamesNotice } from '../shared/games-props';
import { createTopBar } from '../../ui/campaign/top-bar';
import { openShareDialog } from '../../ui/share/share-dialog';
import type { ChartsPanel } from '../../ui/chart/charts-panel';
import { createForecastOptions, type ForecastOptionsView } from '../../ui/chart/forecast-options';
import { fillPanel } from '../../ui/backdrop';
import { el } from '../../ui/dom';
import { gamesWords, screenText } from '../../text';
import { attachScrollCue } from '../../ui/scroll-cue';
import {
  forecastProps,
  indicatorGroups,
  policyProps,
  postureProps,
  quarterHeading,
  shareProps,
} from './campaign-props';
import { FacilitatorDrawer } from './facilitator-drawer';
import { HotSeatOverlay } from './hot-seat-overlay';
import { TutorialCoach } from './tutorial-coach';
import { createKeyCharts, drawKeyChart } from '../shared/key-charts';
import { drawMapSlot, mapCaption } from './map-slot';
import { rectOf } from '../canvas/slot-rect';
import { SCENE_KEYS } from '../shared/scene-keys';
import { ScreenScene } from '../shared/screen-scene';

/** Screens where the map moves into the chart tabs (matches the campaign stylesheet). */
const COMPACT_QUERY = '(max-width: 1180px), (max-height: 700px)';

type Parts = {
  topBar: ReturnType<typeof createTopBar>;
  paused: ReturnType<typeof createPausedBanner>;
  gamesNotice: ReturnType<typeof createGamesNoticeSlot>;
  coach: TutorialCoach;
  drawer: FacilitatorDrawer;
  hotSeat: HotSeatOverlay;
  policy: ReturnType<typeof createPolicyPanel>;
  map: ReturnType<typeof createMapFigure>;
  charts: ChartsPanel;
  forecast: ForecastOptionsView;
  posture: ReturnType<typeof createPostureView>;
  indicators: HTMLElement;
};

/** The campaign screen. */
export class CampaignScene extends ScreenScene {
  private parts: Parts | null = null;
  private layers: Record<'map' | 'chart' | 'posture', Phaser.GameObjects.Graphics> | null = null;
  private shownRows: unknown = null;

  constructor() {
    super(SCENE_KEYS.campaign);
  }

  protected build(s: GameStore): HTMLElement {
    const act = (): GameStore => this.ctx.store.getState();
    const topBar = createTopBar({
      onSources: () => this.openSources(),
      onShare: () => this.openShare(),
      onFacilitator: () => this.parts?.drawer.open(topBar.facilitator),
    });
    const paused = createPausedBanner();
    const gamesNotice = createGamesNoticeSlot({
      onUndoDelete: () => act().undoDeleteGame(),
      onDismissGamesNotice: () => act().dismissGamesNotice(),
    });
    const drawer = new FacilitatorDrawer(this.ctx);
    const hotSeat = new HotSeatOverlay(this.ctx, () => this.parts?.policy.endQuarter ?? null);
    this.onTeardown(() => {
      drawer.close();
      hotSeat.remove();
    });
    const policy = createPolicyPanel(policyProps(s), {
      onAid: (v) => act().setAid(v),
      onSanctions: (l) => act().setSanctions(l),
      onPropose: () => act().openNegotiation(),
      onEndQuarter: () => act().endQuarter(),
    });
    const map = createMapFigure();
    const mapHolder = el('div', { className: 'map-holder' });
    const forecast = createForecastOptions(forecastProps(s), {
      onToHorizon: (on) => act().setForecastOptions({ toHorizon: on }),
      onDisputed: (on) => act().setForecastOptions({ disputed: on }),
    });
    const charts = createKeyCharts(
      () => this.scheduleDraw(),
      [{ id: 'map', label: screenText('campaign.mapTab'), content: mapHolder }],
      forecast.root,
    );
    const posture = createPostureView();
    const indicators = el('div', { className: 'indicators' });
    const coach = new TutorialCoach(
      this.ctx.store,
      () => this.root,
      (indicator) => charts.select(indicator),
    );
    this.parts = {
      topBar,
      paused,
      gamesNotice,
      coach,
      drawer,
      hotSeat,
      policy,
      map,
      charts,
      forecast,
      posture,
      indicators,
    };
    this.layers = { map: this.add.graphics(), chart: this.add.graphics(), posture: this.add.graphics() };
    this.shownRows = null;
    const centre = el('div', { className: 'centre' }, [map.root, charts.root]);
    const rightScroll = el('div', { className: 'right__scroll' }, [
      posture.pressures,
      el('h2', { className: 'panel__title', text: screenText('campaign.indicators') }),
      indicators,
    ]);
    this.onTeardown(attachScrollCue(rightScroll));
    this.followCompact(centre, mapHolder);
    const root = el('main', { className: 'screen--campaign enter-fade' }, [
      topBar.root,
      paused.root,
      gamesNotice.root,
      coach.mark.root,
      policy.root,
      centre,
      el('aside', { className: 'right panel', attrs: { 'aria-label': screenText('campaign.condition') } }, [
        posture.root,
        rightScroll,
      ]),
    ]);
    this.sync(s);
    return root;
  }

  /**
   * On small screens the map becomes the first tab of the chart area, so that the map and the
   * charts each get the whole centre column; on large screens both show at once.
   */
  private followCompact(centre: HTMLElement, mapHolder: HTMLElement): void {
    const p = this.parts;
    if (!p) return;
    const query = window.matchMedia(COMPACT_QUERY);
    const apply = (): void => {
      centre.classList.toggle('centre--compact', query.matches);
      if (query.matches) mapHolder.append(p.map.root);
      else centre.prepend(p.map.root);
      p.charts.setExtraShown('map', query.matches);
      this.scheduleDraw();
    };
    apply();
    query.addEventListener('change', apply);
    this.onTeardown(() => query.removeEventListener('change', apply));
  }

  protected override initialFocus(): HTMLElement | null {
    return this.parts?.topBar.heading ?? null;
  }

  protected refresh(s: GameStore): void {
    this.sync(s);
  }

  private sync(s: GameStore): void {
    const p = this.parts;
    if (!p) return;
    p.topBar.update(quarterHeading(s), selectScenario(s).name, s.facilitator.enabled);
    p.paused.update(s.facilitator.paused);
    p.gamesNotice.update(otherScreenGamesNotice(s), gamesWords());
    p.policy.update(policyProps(s));
    p.posture.update(postureProps(s));
    p.forecast.update(forecastProps(s));
    p.map.update(mapCaption(s));
    const rows = selectIndicatorRows(s);
    if (rows !== this.shownRows) {
      this.shownRows = rows;
      p.indicators.replaceChildren(createIndicatorList(indicatorGroups(s)));
    }
    p.drawer.refresh(s);
    p.hotSeat.refresh(s);
  }

  private openShare(): void {
    const s = this.ctx.store.getState();
    openShareDialog(this.ctx.uiRoot, shareProps(s), document.activeElement as HTMLElement | null);
  }

  private openSources(): void {
    const sources = selectScenario(this.ctx.store.getState()).sources;
    const rows = sortSourceKeys(Object.keys(sources)).map((key) => ({
      key,
      title: sources[key]?.title ?? '',
      citation: sources[key]?.citation ?? '',
    }));
    openSourcesDialog(this.ctx.uiRoot, rows, document.activeElement as HTMLElement | null);
  }

  protected override draw(): void {
    const p = this.parts;
    const g = this.layers;
    if (!p || !g) return;
    const s = this.ctx.store.getState();
    for (const layer of Object.values(g)) layer.clear();
    drawKeyChart(g.chart, p.charts, s);
    const track = selectPostureTrack(s);
    const ys = p.posture.levelItems().map((li) => {
      const r = li.getBoundingClientRect();
      const name = li.firstElementChild?.getBoundingClientRect() ?? r;
      return name.top + name.height / 2;
    });
    fillPanel(g.posture, rectOf(p.posture.root), 'top');
    drawPostureRail(
      g.posture,
      rectOf(p.posture.slot),
      ys,
      track.levels.length - 1 - track.current,
      nextLevelFraction(track),
    );
    // After layout: the coach mark finds its lever and indicator in the page, then sits beside it.
    p.coach.refresh(s);
    p.coach.place();
    if (p.map.slot.getClientRects().length > 0) {
      // Names first: a city whose name finds no room loses its dot too.
      const hidden = p.map.placeLabels();
      drawMapSlot(g.map, rectOf(p.map.slot), s, hidden);
    }
  }
}
