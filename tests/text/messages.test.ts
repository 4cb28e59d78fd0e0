/**
 * The state's messages and the screens' words: every code the state can return, and every part a
 * message can name, has its text in the catalogue; the catalogue holds no code the state never
 * makes; texts fill their values (plurals, digits, variants, quarters in words) and never show a
 * raw brace; every word of the screens' catalogue is used by a screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_CODES, RECORD_PARTS } from '../../src/state';
import { describeMessage, hasMessageText, MESSAGES_EN, SCREEN_TEXT_EN, screenText } from '../../src/text';

/** Values for every placeholder any message uses, so that a text can be read whole. */
const SAMPLE_VALUES = {
  quarter: '2025-Q3',
  score: 64,
  name: 'Probing',
  pressures: 2,
  active: 'T1, T4',
  required: 2,
  belief: 0.42,
  gate: 0.5,
  aidPct: 50,
  quarters: 2,
  beliefBelow: 0.5,
  frozenQuarters: 0,
  total: 7,
  id: 'oil-falls',
  title: 'The oil price falls $10',
  target: 'westernCohesion',
  value: 45,
  reason: 'The summit failed.',
  text: 'Paused the game',
  length: 9000,
  max: 8000,
  version: 'L1',
  found: 'L9',
  part: 'seed',
  scenarioId: 'atlantis-2030',
  codeVersion: '0.1',
  turns: 13,
  horizon: 12,
  savedVersion: '0.0.1',
} as const;

describe('the state’s messages', () => {
  it('have a text for every code the state can return, and for no other', () => {
    expect(MESSAGE_CODES.filter((code) => !hasMessageText(code))).toEqual([]);
    expect(Object.keys(MESSAGES_EN.messages).sort()).toEqual([...MESSAGE_CODES].sort());
  });

  it('name every part of a save or a share code that a message can call damaged', () => {
    const phrases = MESSAGES_EN.phrases['part'] ?? {};
    expect(RECORD_PARTS.filter((part) => phrases[part] === undefined)).toEqual([]);
    expect(Object.keys(phrases).sort()).toEqual([...RECORD_PARTS].sort());
  });

  it.each(MESSAGE_CODES)('%s reads as a whole text, every placeholder filled', (code) => {
    const text = describeMessage({ code, values: SAMPLE_VALUES });
    expect(text).not.toMatch(/[{}|]/);
    expect(text).not.toContain('—');
    expect(text.length).toBeGreaterThan(4);
  });

  it('writes quarters the game’s way, names the part and the override target in words', () => {
    expect(describeMessage({ code: 'outcome.horizon', values: { quarter: '2027-Q4' } })).toBe(
      'The war ran on to Q4 2027 without a settlement.',
    );
    expect(describeMessage({ code: 'save.damaged', values: { part: 'game.economy' } })).toBe(
      "The saved game is damaged: the game state's economy is missing or not valid.",
    );
    expect(
      describeMessage({
        code: 'log.override',
        values: { target: 'westernCohesion', value: 750000.5, reason: 'A ruling.' },
      }),
    ).toBe('Overrode Western cohesion to 750,000.5: A ruling.');
  });

  it('picks the plural and the variant by the values, with the digits the text asks for', () => {
    const track = (frozenQuarters: number, required: number): string =>
      describeMessage({
        code: 'postureTrack.next',
        values: { active: 0, required, belief: 0.6, beliefBelow: 0.5, frozenQuarters },
      });
    expect(track(0, 2)).toBe(
      '0 of 2 pressures active; his belief that the West will quit: 0.60, shifts below 0.50',
    );
    expect(track(1, 1)).toBe(
      '0 of 1 pressure active; his belief that the West will quit: 0.60, shifts below 0.50; a mobilisation holds him for 1 more quarter',
    );
    expect(
      describeMessage({
        code: 'postureChange.up',
        values: { name: 'Probing', pressures: 0, active: '', required: 0, belief: 0.4, gate: 0.5 },
      }),
    ).toMatch(/^Moved up to “Probing”: no material pressure active where 0 were needed/);
  });

  it('says something safe for a code it does not know, and keeps a user’s text as written', () => {
    expect(describeMessage({ code: 'no.such.code', values: {} })).toBe(
      'Something could not be shown (no.such.code).',
    );
    expect(describeMessage({ code: 'log.note', values: { text: 'Rewound to 2025-Q2 {x}' } })).toBe(
      'Rewound to 2025-Q2 {x}',
    );
  });
});

/** Every TypeScript file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sources(path.join(dir, d.name))
      : d.name.endsWith('.ts')
        ? [readFileSync(path.join(dir, d.name), 'utf8')]
        : [],
  );
}

describe('the screens’ words', () => {
  it('are all used: each key is named in the screens, the text layer or the scenario layer (a `${…}` family by its stem)', () => {
    const code = [...sources('src/scenes'), ...sources('src/text'), ...sources('src/scenario')].join('\n');
    const unused = Object.keys(SCREEN_TEXT_EN).filter((key) => {
      if (key === '$comment' || code.includes(`'${key}'`)) return false;
      const stem = key.slice(0, key.lastIndexOf('.') + 1);
      return !code.includes(`\`${stem}\${`);
    });
    expect(unused).toEqual([]);
  });

  it('fill their values, with the digits asked for and the plural the count needs', () => {
    expect(
      screenText(
        'debrief.totals',
        { quarters: 1, aid: 10.44, km2: 1234.6, casualties: 100 },
        {
          aid: { digits: 1 },
          km2: { digits: 0 },
        },
      ),
    ).toBe('Over 1 quarter: €10.4 bn of aid, 1,235 km² taken by Russia, 100 Russian casualties.');
    expect(screenText('teams.defaultLabel', { number: 4 })).toBe('Team 4');
  });
});
