/**
 * The workshop's props in words: the facilitator's console (its log, injects, rewind targets and
 * the Kremlin's hidden state), the negotiation dialog, the quarter report, the title screen's
 * banners and the team comparison.
 */
import { describe, expect, it } from 'vitest';
import { consoleProps } from '../../src/scenes/campaign/facilitator-props';
import { answerProps, negotiationText } from '../../src/scenes/campaign/negotiation-props';
import { reportProps } from '../../src/scenes/campaign/report-props';
import { teamComparisonProps, teamLabel } from '../../src/scenes/shared/teams-props';
import { assumptionsProps, shareErrorText, unreadableProps } from '../../src/scenes/title/title-props';
import { selectShareCode } from '../../src/state';
import { SAVE_KEY } from '../../src/state/store/persistence';
import {
  makeStore,
  memoryStorage,
  negotiating,
  playQuarters,
  proposalAnswered,
  startedStore,
} from '../state/helpers';
import { facilitatedStore } from '../state/workshop-helpers';

describe('consoleProps', () => {
  it('writes the log in words: the kind, the quarter, the action with the field by name', () => {
    const store = facilitatedStore();
    store.getState().pause();
    store.getState().resume();
    store.getState().fireInject('oil-falls');
    store
      .getState()
      .overrideOutcome('westernCohesion', 45, 'White cell: the summit ended in a public quarrel.');
    store.getState().setRevealKremlin(true);
    playQuarters(store, 2);
    store.getState().rewindTo(1);
    store.getState().setHotSeat(true);
    const props = consoleProps(store.getState());
    expect(props.log.map((l) => [l.kind, l.quarter, l.text])).toEqual([
      ['Pause', 'Q1 2025', 'Paused the game'],
      ['Resume', 'Q1 2025', 'Resumed the game'],
      ['Inject', 'Q1 2025', 'Fired inject “The oil price falls $10”'],
      [
        'Override',
        'Q1 2025',
        'Overrode Western cohesion to 45: White cell: the summit ended in a public quarrel.',
      ],
      ['Reveal', 'Q1 2025', "Revealed the Kremlin's hidden state"],
      ['Rewind', 'Q2 2025', 'Rewound to Q2 2025'],
      ['Hot seat', 'Q2 2025', 'Hot seat on: a person plays the Kremlin'],
    ]);
    expect(props.log[3]?.reason).toBe('White cell: the summit ended in a public quarrel.');
    expect(props.rewind.map((r) => r.label)).toEqual(['Start of Q1 2025']);
  });

  it('says when each inject fires, and the Kremlin’s hidden state once revealed', () => {
    const store = facilitatedStore();
    store.getState().setRevealKremlin(true);
    const props = consoleProps(store.getState());
    for (const i of props.injects) expect(i.when).toMatch(/^(On demand|Scheduled for Q[1-4] \d{4})$/);
    const kremlin = props.kremlin;
    expect(kremlin?.facts.find((f) => f.value === 'yes' || f.value === 'no')).toBeDefined();
    for (const streak of kremlin?.streaks ?? [])
      expect(streak).toMatch(/^T\d .+: .+ (below|above) \S+: \d+ of \d+ quarters? \((active|not active)\)$/);
    const posture = props.overrides.find((o) => o.target === 'postureLevel');
    expect(posture?.valueText).toBe('0 (Maximalist)');
  });
});

describe('the negotiation dialog', () => {
  it('states Putin’s posture, what he tolerates, and the buttons', () => {
    const text = negotiationText(startedStore().getState());
    expect(text).toMatchObject({
      title: 'Propose a settlement',
      eyebrow: 'Negotiation · Q1 2025',
      posture: 'Putin’s posture: Maximalist (level 0 of 3).',
      back: 'Back to the campaign',
      send: 'Send proposal',
    });
    expect(text.tolerance).toMatch(
      / In this posture he gives up at most \d+ concession points?; each option below/,
    );
  });

  it('words the Kremlin’s answer and a counter-offer’s terms', () => {
    const store = negotiating(proposalAnswered('counter'));
    store.getState().propose();
    const answer = store.getState().negotiation?.answer;
    if (!answer) throw new Error('no answer');
    const props = answerProps(store.getState(), answer);
    expect(props.label).toBe('Counter-offer');
    expect(props.reasons.length).toBeGreaterThan(0);
    expect(props.counterTerms.length).toBeGreaterThan(0);
    for (const t of props.counterTerms) expect(t).toMatch(/^[^:]+: \S/);
  });
});

describe('reportProps', () => {
  it('leads with an event in words and sums up the quarter’s key figures', () => {
    const store = startedStore();
    store.getState().endQuarter();
    const props = reportProps(store.getState());
    expect(props.quarter).toBe('Q1 2025');
    expect(props.lead.headline).not.toBe('');
    expect(props.summary).toMatch(/^Occupied: .+ · Liquid reserves: .+ · Western cohesion: .+$/);
  });

  it('says the quarter was quiet before any report', () => {
    const props = reportProps(startedStore().getState());
    expect(props.lead).toMatchObject({
      headline: 'A quiet quarter',
      because: 'Nothing crossed a line this quarter.',
    });
    expect(props.summary).toBe('');
  });
});

describe('the title screen’s banners', () => {
  it('say why a save could not be read, keeping the same props while it is shown', () => {
    const store = makeStore(memoryStorage({ [SAVE_KEY]: '{"format":"chess-pgn"}' }));
    const props = unreadableProps(store.getState());
    expect(props?.reason).toBe('This is not a Leverage save: its format mark is missing or wrong.');
    expect(props?.raw).toBe('{"format":"chess-pgn"}');
    expect(unreadableProps(store.getState())).toBe(props);
    store.getState().dismissUnreadableSave();
    expect(unreadableProps(store.getState())).toBeNull();
  });

  it('say why a shared game could not be opened', () => {
    const store = makeStore();
    expect(shareErrorText(store.getState())).toBeNull();
    store.getState().loadShareCode('L1.abc');
    expect(shareErrorText(store.getState())).toBe(
      'The code is truncated: its end is missing, so it was cut short when copied.',
    );
  });
});

describe('assumptionsProps', () => {
  it('writes each assumption’s range and the range of the sources behind each chosen figure', () => {
    const store = makeStore();
    store.getState().applyAssumptionPreset('fragile');
    const props = assumptionsProps(store.getState());
    for (const a of props.assumptions) expect(a.rangeText).toMatch(/^−?[\d,.]+–−?[\d,.]+( \S.*)?$/);
    expect(props.chosen.length).toBeGreaterThan(0);
    for (const c of props.chosen)
      expect(c.rangeText).toMatch(/^(|Sources range from −?[\d,.]+ to −?[\d,.]+( \S.*)?)$/);
  });
});

describe('teamComparisonProps', () => {
  it('names every team, words a bad code’s problem and the posture reached', () => {
    const played = startedStore();
    playQuarters(played, 2);
    const code = selectShareCode(played.getState()) ?? '';
    const store = makeStore();
    store.getState().importTeam('Hawks', code);
    store.getState().importTeam('  ', 'L1.garbage');
    const view = teamComparisonProps(store.getState());
    expect(view.teams.map((t) => t.label)).toEqual(['Hawks', 'Team 2']);
    expect(view.teams[1]?.error).toBe(
      'The code is truncated: its end is missing, so it was cut short when copied.',
    );
    expect(view.teams[0]?.error).toBeNull();
    expect(view.teams[0]?.outcome?.postureReached.name).toMatch(/^[A-Z]/);
    expect(teamComparisonProps(store.getState())).toBe(view);
    expect(teamLabel({ label: null, number: 7 })).toBe('Team 7');
  });
});
