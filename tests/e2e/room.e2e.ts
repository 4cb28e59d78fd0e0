// A workshop room with real browsers: the room server runs in this process; a facilitator, three
// teams and a projector each have their own browser context. The teams play three quarters in
// locked pace; an inject fired from the console reaches every team's next report; the projector's
// comparison follows live; one team goes offline for a quarter and comes back with nothing lost;
// the server is stopped and started again mid-quarter and every client carries on; and neither a
// team's token nor the projector's can fire an inject. Screenshots go to reports/screenshots/room-*.png.
import { expect as baseExpect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { FacilitatorAction, RoomSettings, TeamStatus } from '../../src/state';
import type { TestClient } from '../server/room-test-client';
import { continueFromReport, endQuarter, expectCampaignAt, reportDialog } from './helpers/game';
import { healthProblems, watchPage, type PageHealth } from './helpers/page-health';
import {
  BAR_CONNECTING,
  BAR_OFFLINE,
  BAR_ONLINE,
  consoleRow,
  joinParts,
  onOrigin,
  openNetworkLink,
  rememberedToken,
  roomBar,
  roomModules,
  startRoomHost,
  withoutOutageNoise,
  type NetworkLink,
  type RoomHost,
} from './helpers/room';
import { saveScreenshot } from './helpers/screenshots';

const NAME = 'room';

/** A busy two-core machine runs five browsers here: every wait is for a condition, with room to spare. */
const LONG_MS = 30_000;
const expect = baseExpect.configure({ timeout: LONG_MS });

/** The inject the facilitator fires for every team in Q2 (baseline-2025: +8 cohesion at once). */
const SUMMIT = { id: 'coalition-summit', title: 'A summit rallies the coalition' } as const;
/** Injects a team's token and the projector's token try to push into the settings. */
const FORGED_BY_TEAM = { id: 'kremlin-propaganda', title: 'Kremlin propaganda success' } as const;
const FORGED_BY_PROJECTOR = { id: 'nk-troops', title: 'North Korea sends 10,000 more troops' } as const;

const TEAMS = [
  { id: 't1', name: 'Blue' },
  { id: 't2', name: 'Green' },
  { id: 't3', name: 'Orange' },
] as const;
type TeamName = (typeof TEAMS)[number]['name'];

/** One browser in the room. */
interface Member {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly health: PageHealth;
}

/** What the tests of the room share, in order. */
interface Room {
  host: RoomHost;
  /** Green's device reaches the server through this link, so that its network can be cut. */
  greenLink: NetworkLink;
  facilitator: Member;
  projector: Member | null;
  teams: Partial<Record<TeamName, Member>>;
  code: string;
  links: Record<TeamName | 'projector', string>;
  /** Node members of the room (closed at the end). */
  clients: TestClient[];
}

let room: Room | null = null;

function theRoom(): Room {
  if (!room) throw new Error('The room was not set up.');
  return room;
}

function team(name: TeamName): Member {
  const member = theRoom().teams[name];
  if (!member) throw new Error(`${name} has not joined.`);
  return member;
}

function projector(): Member {
  const member = theRoom().projector;
  if (!member) throw new Error('The projector has not joined.');
  return member;
}

async function newMember(browser: Browser, origin: string): Promise<Member> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  return { context, page, health: watchPage(page, origin) };
}

/** The console's "Connection: …" line. */
function consoleConnection(page: Page) {
  return page.getByText(/^Connection: /);
}

/** A team's Western cohesion as its meter says (aria-valuenow) and the meter's maximum. */
async function cohesionOf(page: Page): Promise<{ now: number; max: number }> {
  const meter = page.getByRole('meter', { name: 'Western cohesion' });
  await expect(meter).toBeVisible();
  return {
    now: Number(await meter.getAttribute('aria-valuenow')),
    max: Number((await meter.getAttribute('aria-valuemax')) ?? '100'),
  };
}

/** Waits until a team can end the quarter `quarter` ("Q2 2025"), online. */
async function expectOpen(page: Page, quarter: string): Promise<void> {
  await expect(roomBar(page)).toContainText(`${quarter} is open`);
  await expect(roomBar(page)).toContainText(BAR_ONLINE);
  await expect(page.getByRole('button', { name: 'End quarter' })).toBeEnabled();
}

/** Ends the quarter, checks the report (returns its text), continues, and checks the team waits for `next`. */
async function endAndWait(page: Page, next: string): Promise<string> {
  await expect(page.getByRole('button', { name: 'End quarter' })).toBeEnabled();
  await endQuarter(page);
  const report = await reportDialog(page).innerText();
  await continueFromReport(page);
  await expect(roomBar(page)).toContainText(`Waiting for the facilitator to open ${next}`);
  await expect(page.getByRole('button', { name: 'End quarter' })).toBeDisabled();
  return report;
}

/** Opens the next quarter from the console, with a countdown of `minutes`. */
async function openQuarter(quarter: string, minutes: number): Promise<void> {
  const page = theRoom().facilitator.page;
  await page
    .getByRole('spinbutton', { name: 'Countdown, minutes (0 for none)', exact: true })
    .fill(String(minutes));
  await page.getByRole('button', { name: `Open ${quarter} for every team` }).click();
  await expect(page.getByText(`Open up to ${quarter}`, { exact: true })).toBeVisible();
}

/** Chooses what the projector shows, from the console. */
async function showOnProjector(view: 'all' | 'team' | 'posture' | 'join'): Promise<void> {
  await theRoom()
    .facilitator.page.getByRole('combobox', { name: 'The projector shows', exact: true })
    .selectOption(view);
}

/** The projector's outcomes table row of a team. */
function projectorRow(name: TeamName) {
  return projector().page.locator('.rp__table table tbody tr').filter({ hasText: name });
}

/** The server's documents as read by a Node member holding the facilitator's token. */
async function facilitatorClient(): Promise<{
  settings: () => RoomSettings | undefined;
  actions: () => FacilitatorAction[];
  statuses: () => Record<string, TeamStatus>;
  log: (teamId: string) => unknown[];
}> {
  const r = theRoom();
  const { docs, client: clients } = await roomModules();
  const { readActions, readLog, readSettings, readStatuses, roomDocName } = docs;
  const client = clients.roomClient(r.host.url, await rememberedToken(r.facilitator.page, r.code));
  r.clients.push(client);
  const settings = client.open(roomDocName(r.code, 'settings'));
  const status = client.open(roomDocName(r.code, 'status'));
  const logs = new Map(TEAMS.map((t) => [t.id as string, client.open(roomDocName(r.code, 'team', t.id))]));
  await clients.waitFor(
    'the facilitator client syncs',
    () => [settings, status, ...logs.values()].every((d) => d.provider.isSynced),
    LONG_MS,
  );
  return {
    settings: () => readSettings(settings.doc) as RoomSettings | undefined,
    actions: () => readActions(settings.doc) as FacilitatorAction[],
    statuses: () => readStatuses(status.doc) as Record<string, TeamStatus>,
    log: (teamId) => {
      const log = logs.get(teamId);
      return log ? readLog(log.doc) : [];
    },
  };
}

test.describe.serial('a workshop room', () => {
  test.afterAll(async () => {
    const r = room;
    room = null;
    if (!r) return;
    for (const client of r.clients) client.close();
    const members = [r.facilitator, r.projector, ...Object.values(r.teams)];
    for (const member of members) await member?.context.close().catch(() => undefined);
    await r.greenLink.close();
    await r.host.dispose();
  });

  test('the facilitator creates a locked room; three teams and the projector join', async ({ browser }) => {
    test.setTimeout(240_000);
    const host = await startRoomHost();
    let greenLink: NetworkLink;
    let facilitator: Member;
    try {
      greenLink = await openNetworkLink(host.port);
      facilitator = await newMember(browser, host.url);
    } catch (error) {
      await host.dispose();
      throw error;
    }
    room = {
      host,
      greenLink,
      facilitator,
      projector: null,
      teams: {},
      code: '',
      links: { Blue: '', Green: '', Orange: '', projector: '' },
      clients: [],
    };
    const page = facilitator.page;

    // The host page: three teams, locked pace (the default), a seed.
    await page.goto(`${host.url}/?host=${host.hostKey}`);
    await expect(page.getByRole('heading', { name: 'Host a workshop room' })).toBeVisible();
    await expect(page.getByLabel('Scenario')).toBeVisible();
    await page.getByLabel('Seed of the war (the same seed gives every team the same shocks)').fill('2025');
    await expect(page.getByLabel('Teams, one name per line')).toHaveValue('Blue\nGreen\nOrange\nPurple');
    await page.getByLabel('Teams, one name per line').fill(TEAMS.map((t) => t.name).join('\n'));
    await expect(
      page.getByRole('radio', { name: 'Locked: nobody starts a quarter until you open it' }),
    ).toBeChecked();
    await saveScreenshot(page, NAME, 'host');
    await page.getByRole('button', { name: 'Create the room' }).click();

    // The facilitator's console, with the room's code, online, and a join link per team.
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toHaveText(/^Room [A-Z0-9]{6}$/);
    const code = ((await title.textContent()) ?? '').replace('Room ', '');
    room.code = code;
    await expect(consoleConnection(page)).toHaveText(`Connection: ${BAR_ONLINE}`);
    expect(new URL(page.url()).search, 'the token leaves the address bar').toBe(`?room=${code}`);
    for (const t of TEAMS) {
      const input = page.getByRole('textbox', { name: t.name, exact: true });
      await expect(input).toHaveValue(new RegExp(`^${host.url}/\\?room=${code}&token=.+`));
      room.links[t.name] = await input.inputValue();
    }
    const projectorInput = page.getByRole('textbox', { name: 'Projector link (read only)', exact: true });
    await expect(projectorInput).toHaveValue(new RegExp(`^${host.url}/\\?room=${code}&token=.+`));
    room.links.projector = await projectorInput.inputValue();

    // The projector joins first: it shows how to join, a QR code per team.
    const proj = await newMember(browser, host.url);
    room.projector = proj;
    await proj.page.goto(room.links.projector);
    await expect(proj.page.getByRole('heading', { level: 1 })).toHaveText(`Room ${code} · Q1 2025`);
    for (const t of TEAMS)
      await expect(proj.page.getByRole('img', { name: t.name, exact: true })).toBeVisible();
    await saveScreenshot(proj.page, NAME, 'projector-join');

    // The teams join, each in its own browser; Green through its own network link.
    for (const t of TEAMS) {
      const origin = t.name === 'Green' ? greenLink.url : host.url;
      const member = await newMember(browser, origin);
      room.teams[t.name] = member;
      await member.page.goto(onOrigin(room.links[t.name], origin));
    }
    for (const t of TEAMS) {
      const p = team(t.name).page;
      await expectCampaignAt(p, 1);
      await expect(roomBar(p)).toContainText(`Room ${code} · ${t.name}`);
      await expectOpen(p, 'Q1 2025');
      await expect(roomBar(p)).toContainText('0 of 3 teams have ended Q1 2025');
      expect(new URL(p.url()).search, `${t.name}'s token leaves the address bar`).toBe(`?room=${code}`);
      await expect(consoleRow(page, t.id)).toContainText('Deciding Q1 2025');
      // The console sees the team's device in the room.
      await expect(consoleRow(page, t.id)).toContainText('Connected');
    }
    await saveScreenshot(team('Blue').page, NAME, 'team-campaign');
    await saveScreenshot(page, NAME, 'console');

    // The projector shows every team overlaid: one row per team in its outcomes table.
    await showOnProjector('all');
    for (const t of TEAMS) await expect(projectorRow(t.name)).toContainText('Still playing (0 quarters)');
    await expect(proj.page.locator('.rp__body canvas').first()).toBeVisible();
  });

  test('locked quarter 1: every team ends it and waits until the facilitator opens Q2', async () => {
    test.setTimeout(240_000);
    const r = theRoom();
    for (const [i, t] of TEAMS.entries()) {
      const p = team(t.name).page;
      await endAndWait(p, 'Q2 2025');
      await expect(consoleRow(r.facilitator.page, t.id)).toContainText('Ended Q1 2025, waiting');
      // The projector's comparison follows each team as it ends the quarter.
      await expect(projectorRow(t.name)).toContainText('Still playing (1 quarter)');
      await expect(roomBar(p)).toContainText(`${i + 1} of 3 teams have ended Q1 2025`);
    }
    for (const t of TEAMS) {
      await expect(roomBar(team(t.name).page)).toContainText('3 of 3 teams have ended Q1 2025');
      await expect(team(t.name).page.getByRole('button', { name: 'End quarter' })).toBeDisabled();
    }
    await expect(
      r.facilitator.page.getByRole('button', { name: 'Open Q2 2025 for every team' }),
    ).toBeEnabled();
  });

  test('quarter 2: an inject reaches every report; Green plays it offline and loses nothing', async () => {
    test.setTimeout(240_000);
    const r = theRoom();
    const console = r.facilitator.page;
    const green = team('Green');

    await openQuarter('Q2 2025', 10);
    for (const t of TEAMS) {
      await expectOpen(team(t.name).page, 'Q2 2025');
      await expect(roomBar(team(t.name).page)).toContainText(/Q2 2025 is open\s*\d+:\d\d left/);
    }

    // The facilitator fires the summit for every team; each team's cohesion rises at once.
    const before = await Promise.all(TEAMS.map((t) => cohesionOf(team(t.name).page)));
    await console.getByRole('combobox', { name: 'Act on', exact: true }).selectOption('');
    await console.getByRole('combobox', { name: 'Inject', exact: true }).selectOption(SUMMIT.id);
    await console.getByRole('button', { name: 'Fire the inject' }).click();
    await expect(console.locator('.rc__outcome')).toHaveText(
      `Inject “${SUMMIT.title}” sent to every team: it lands in the next quarter each ends.`,
    );
    for (const [i, t] of TEAMS.entries()) {
      const { now, max } = before[i] ?? { now: 0, max: 100 };
      await expect
        .poll(async () => (await cohesionOf(team(t.name).page)).now, {
          message: `${t.name}'s cohesion shows the summit`,
        })
        .toBe(Math.min(max, now + 8));
    }

    // Green's network goes away: its link drops the open connection and the context goes offline,
    // so no new one can open. (Offline emulation alone leaves an open WebSocket up until the sync
    // provider's own silence timeout, half a minute later.)
    await green.context.setOffline(true);
    r.greenLink.cut();
    await expect(roomBar(green.page)).toContainText(BAR_OFFLINE);
    await saveScreenshot(green.page, NAME, 'team-offline');

    // Green ends the quarter offline: the game follows its own copy of the room, report included.
    const greenReport = await endAndWait(green.page, 'Q3 2025');
    expect(greenReport, 'the summit is in Green’s report').toContain(SUMMIT.title);
    await expect(roomBar(green.page)).not.toContainText(BAR_ONLINE);

    // Blue and Orange end Q2 online; the facilitator does not know of Green's quarter yet.
    for (const name of ['Blue', 'Orange'] as const) {
      const report = await endAndWait(team(name).page, 'Q3 2025');
      expect(report, `the summit is in ${name}'s report`).toContain(SUMMIT.title);
    }
    await expect(consoleRow(console, 't1')).toContainText('Ended Q2 2025, waiting');
    await expect(consoleRow(console, 't3')).toContainText('Ended Q2 2025, waiting');
    await expect(consoleRow(console, 't2')).toContainText('Deciding Q2 2025');
    await expect(consoleRow(console, 't2')).toContainText('Not connected');
    await expect(roomBar(team('Blue').page)).toContainText('2 of 3 teams have ended Q2 2025');
    await expect(projectorRow('Green')).toContainText('Still playing (1 quarter)');
    await expect(projectorRow('Blue')).toContainText('Still playing (2 quarters)');

    // Green is back: its quarter reaches the room, as it was played.
    r.greenLink.restore();
    await green.context.setOffline(false);
    await expect(roomBar(green.page)).toContainText(BAR_ONLINE);
    await expect(consoleRow(console, 't2')).toContainText('Ended Q2 2025, waiting');
    await expect(projectorRow('Green')).toContainText('Still playing (2 quarters)');
    for (const t of TEAMS) {
      await expect(roomBar(team(t.name).page)).toContainText('3 of 3 teams have ended Q2 2025');
    }
    await expect(roomBar(green.page)).toContainText('Waiting for the facilitator to open Q3 2025');
    await expectCampaignAt(green.page, 3);
    await expect(reportDialog(green.page), 'no second report after the reconnection').toHaveCount(0);

    // The server holds every team's two quarters, and the summit once per team.
    const server = await facilitatorClient();
    const { waitFor } = (await roomModules()).client;
    await waitFor(
      'the server publishes two quarters for every team',
      () => TEAMS.every((t) => server.statuses()[t.id]?.quartersPlayed === 2),
      LONG_MS,
    );
    expect(
      server.actions().map((a) => [a.kind, a.team, a.at, a.kind === 'inject' ? a.injectId : '']),
    ).toEqual(TEAMS.map((t) => ['inject', t.id, 1, SUMMIT.id]));
  });

  test("neither a team's token nor the projector's can fire an inject", async () => {
    test.setTimeout(240_000);
    const r = theRoom();
    const { docs, client: clients } = await roomModules();
    const server = await facilitatorClient();
    const actionsBefore = server.actions().length;

    // A team's token and the projector's token each open the settings and push an inject.
    const forgeries = [
      { token: joinParts(r.links.Blue).token, who: 't1', inject: FORGED_BY_TEAM, on: 't1' },
      { token: joinParts(r.links.projector).token, who: 'projector', inject: FORGED_BY_PROJECTOR, on: 't3' },
    ];
    for (const forgery of forgeries) {
      const client = clients.roomClient(r.host.url, forgery.token);
      r.clients.push(client);
      const settings = client.open(docs.roomDocName(r.code, 'settings'));
      await clients.waitFor(
        `the ${forgery.who} client syncs the settings`,
        () => settings.provider.isSynced,
        LONG_MS,
      );
      expect(docs.readSettings(settings.doc), 'the settings are readable with this token').toBeDefined();
      const action: FacilitatorAction = {
        kind: 'inject',
        team: forgery.on,
        at: 2,
        injectId: forgery.inject.id,
      };
      docs.pushActions(settings.doc, [action]);
      expect(docs.readActions(settings.doc), 'the forged action is in this client’s copy').toContainEqual(
        action,
      );
      // The server says it refused the change, and why.
      const refused = new RegExp(
        `refused a change to room/${r.code}/settings from ${forgery.who}: .*may not write the settings`,
      );
      await expect
        .poll(() => r.host.log.some((line) => refused.test(line)), {
          message: `the server refuses the ${forgery.who} token's change`,
        })
        .toBe(true);
    }

    // A later, legitimate change arrives; the forged actions never do.
    await openQuarter('Q3 2025', 0);
    await clients.waitFor(
      'the facilitator client sees Q3 opened',
      () => server.settings()?.openQuarters === 3,
      LONG_MS,
    );
    expect(server.actions(), 'the room holds only the facilitator’s actions').toHaveLength(actionsBefore);
    expect(server.actions().every((a) => a.kind === 'inject' && a.injectId === SUMMIT.id)).toBe(true);
    for (const t of TEAMS) await expectOpen(team(t.name).page, 'Q3 2025');
  });

  test('quarter 3: the server stops and starts again mid-quarter; every client carries on', async () => {
    test.setTimeout(240_000);
    const r = theRoom();
    const console = r.facilitator.page;

    // Blue ends Q3 before the server goes down.
    const blueReport = await endAndWait(team('Blue').page, 'Q4 2025');
    expect(blueReport, 'a forged inject never reaches Blue').not.toContain(FORGED_BY_TEAM.title);
    await expect(consoleRow(console, 't1')).toContainText('Ended Q3 2025, waiting');
    await expect(roomBar(team('Orange').page)).toContainText('1 of 3 teams have ended Q3 2025');

    await r.host.stop();
    const offline = new RegExp(`${BAR_OFFLINE}|${BAR_CONNECTING}`);
    for (const t of TEAMS) await expect(roomBar(team(t.name).page)).toContainText(offline);
    await expect(consoleConnection(console)).toHaveText(/^Connection: (Offline|Connecting)/);

    // Green ends Q3 while the server is down: its device keeps it.
    const greenReport = await endAndWait(team('Green').page, 'Q4 2025');
    expect(greenReport).not.toContain(FORGED_BY_TEAM.title);

    await r.host.start();
    for (const t of TEAMS) await expect(roomBar(team(t.name).page)).toContainText(BAR_ONLINE);
    await expect(consoleConnection(console)).toHaveText(`Connection: ${BAR_ONLINE}`);
    // Nothing was lost: the console lists Blue's quarter from before and Green's from the outage.
    await expect(consoleRow(console, 't1')).toContainText('Ended Q3 2025, waiting');
    await expect(consoleRow(console, 't2')).toContainText('Ended Q3 2025, waiting');
    await expect(consoleRow(console, 't3')).toContainText('Deciding Q3 2025');
    await expect(roomBar(team('Orange').page)).toContainText('2 of 3 teams have ended Q3 2025');

    // Orange carries on after the restart and ends Q3.
    await expectOpen(team('Orange').page, 'Q3 2025');
    const orangeReport = await endAndWait(team('Orange').page, 'Q4 2025');
    expect(orangeReport, 'a forged inject never reaches Orange').not.toContain(FORGED_BY_PROJECTOR.title);
    await expect(consoleRow(console, 't3')).toContainText('Ended Q3 2025, waiting');
    for (const t of TEAMS) {
      await expect(roomBar(team(t.name).page)).toContainText('3 of 3 teams have ended Q3 2025');
      await expect(projectorRow(t.name)).toContainText('Still playing (3 quarters)');
    }
    await saveScreenshot(projector().page, NAME, 'projector-all');
    await projector().page.locator('.rp__table').scrollIntoViewIfNeeded();
    await saveScreenshot(projector().page, NAME, 'projector-all-table');

    // The restarted server holds everything: three quarters per team in its logs and statuses.
    const server = await facilitatorClient();
    const { waitFor } = (await roomModules()).client;
    await waitFor(
      'the restarted server publishes three quarters for every team',
      () => TEAMS.every((t) => server.statuses()[t.id]?.quartersPlayed === 3),
      LONG_MS,
    );
    for (const t of TEAMS) expect(server.log(t.id), `${t.name}'s log on the server`).toHaveLength(3);

    // The facilitator opens Q4 and every team may play it.
    await openQuarter('Q4 2025', 0);
    for (const t of TEAMS) {
      await expectOpen(team(t.name).page, 'Q4 2025');
      await expectCampaignAt(team(t.name).page, 4);
    }

    // A pause stops every team from ending Q4 until the facilitator resumes.
    await console.getByRole('button', { name: 'Pause every team' }).click();
    for (const t of TEAMS) {
      await expect(roomBar(team(t.name).page)).toContainText('Paused by the facilitator');
      await expect(team(t.name).page.getByRole('button', { name: 'End quarter' })).toBeDisabled();
    }
    await console.getByRole('button', { name: 'Resume', exact: true }).click();
    for (const t of TEAMS) await expectOpen(team(t.name).page, 'Q4 2025');

    // The projector's posture view: a track per team, each after Q3.
    await showOnProjector('posture');
    const proj = projector().page;
    await expect(proj.getByRole('heading', { name: "Putin's posture, team by team" })).toBeVisible();
    for (const t of TEAMS) {
      await expect(proj.locator('.rp__posture').filter({ hasText: t.name })).toContainText('Q3 2025');
    }
    await expect(proj.getByRole('heading', { level: 1 })).toHaveText(`Room ${r.code} · Q4 2025`);
    await saveScreenshot(proj, NAME, 'projector-posture');
  });

  test('no page reported an error beyond the outages’ failed connections', () => {
    const r = theRoom();
    const members: [string, Member | null | undefined][] = [
      ['facilitator', r.facilitator],
      ['projector', r.projector],
      ...TEAMS.map((t): [string, Member | undefined] => [t.name, r.teams[t.name]]),
    ];
    for (const [who, member] of members) {
      if (!member) continue;
      expect(withoutOutageNoise(healthProblems(member.health)), `${who}'s page`).toEqual([]);
    }
  });
});
