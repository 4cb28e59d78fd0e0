import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSource, formatViolation } from './import-rules';

/**
 * Known exceptions, written as `file -> import` exactly as the failure message prints them
 * (without the rule in brackets). This list may only shrink: do not add to it, fix the import.
 */
const ALLOWED: readonly string[] = [];

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Every .ts file under src/, repository-relative with forward slashes, sorted. */
function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile() && entry.name.endsWith('.ts')) out.push(rel);
    }
  };
  walk('src');
  return out.sort();
}

describe('layer boundaries under src/', () => {
  const files = sourceFiles();
  const violations = files.flatMap((file) =>
    checkSource(file, readFileSync(path.join(repoRoot, file), 'utf8')),
  );
  const key = (line: string): string => line.replace(/ \(.*\)$/, '');

  it('finds source files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('has no forbidden import or impure engine call', () => {
    const forbidden = violations.map(formatViolation).filter((line) => !ALLOWED.includes(key(line)));
    expect(forbidden).toEqual([]);
  });

  it('has no stale allowlist entry (the allowlist may only shrink)', () => {
    const current = new Set(violations.map((v) => key(formatViolation(v))));
    expect(ALLOWED.filter((entry) => !current.has(entry))).toEqual([]);
  });
});

describe('the import checker itself', () => {
  const lines = (file: string, source: string): string[] => checkSource(file, source).map(formatViolation);

  it('reports packages, built-ins, outside layers and impure calls in the engine', () => {
    const source = [
      "import Phaser from 'phaser';",
      "import { readFileSync } from 'node:fs';",
      "export { useStore } from '../state/store';",
      "import type { Draw } from './rng';",
      'export const roll = (): number => Math.random() + Date.now() + new Date().getTime();',
      "const later = () => import('../ui/gauge');",
    ].join('\n');
    expect(lines('src/engine/bad.ts', source)).toEqual([
      'src/engine/bad.ts -> phaser (engine may not import package "phaser")',
      'src/engine/bad.ts -> node:fs (engine may not use Node built-ins)',
      'src/engine/bad.ts -> ../state/store (engine may not import state)',
      'src/engine/bad.ts -> ../ui/gauge (engine may not import ui)',
      'src/engine/bad.ts -> Math.random (engine must stay deterministic and pure)',
      'src/engine/bad.ts -> Date.now (engine must stay deterministic and pure)',
      'src/engine/bad.ts -> new Date (engine must stay deterministic and pure)',
    ]);
  });

  it('keeps words out of the state: it returns messages, and the screens word them', () => {
    expect(lines('src/state/selectors/debrief.ts', "import { quarterText } from '../../text';")).toEqual([
      'src/state/selectors/debrief.ts -> ../../text (state may not import text)',
    ]);
    expect(lines('src/state/selectors/debrief.ts', "import type { Message } from '../../engine';")).toEqual(
      [],
    );
  });

  it('ignores forbidden words in comments and strings', () => {
    const source = "// never Math.random() here\nexport const note = 'no new Date() or fetch(url)';";
    expect(lines('src/engine/ok.ts', source)).toEqual([]);
  });

  it('lets views import engine types but not engine functions', () => {
    expect(lines('src/ui/gauge.ts', "import type { GameState } from '../engine/types';")).toEqual([]);
    expect(lines('src/ui/gauge.ts', "import { stepQuarter } from '../engine/step-quarter';")).toEqual([
      'src/ui/gauge.ts -> ../engine/step-quarter (ui may import engine only with `import type`)',
    ]);
    expect(lines('src/ui/gauge.ts', "import { type GameState } from '../engine';")).toEqual([
      'src/ui/gauge.ts -> ../engine (ui may import engine only with `import type`)',
    ]);
    expect(lines('src/scenes/campaign-scene.ts', "import { Howl } from 'howler';")).toEqual([
      'src/scenes/campaign-scene.ts -> howler (scenes may not import package "howler")',
    ]);
  });

  it('lets scenes read the state only through its public entry, src/state/index.ts', () => {
    expect(lines('src/scenes/title-scene.ts', "import { selectScenario } from '../state';")).toEqual([]);
    expect(lines('src/scenes/title-scene.ts', "import type { GameStore } from '../state/index';")).toEqual(
      [],
    );
    expect(
      lines('src/scenes/title-scene.ts', "import { selectScenario } from '../state/selectors';"),
    ).toEqual([
      'src/scenes/title-scene.ts -> ../state/selectors (scenes may import state only through src/state/index.ts)',
    ]);
    expect(lines('src/scenes/title-scene.ts', "import type { GameStore } from '../state/contract';")).toEqual(
      [
        'src/scenes/title-scene.ts -> ../state/contract (scenes may import state only through src/state/index.ts)',
      ],
    );
  });

  it('accepts the allowed edges of each layer', () => {
    expect(lines('src/state/store.ts', "import { createStore } from 'zustand/vanilla';")).toEqual([]);
    expect(lines('src/state/store.ts', "import { produce } from 'immer';")).toEqual([]);
    expect(lines('src/scenario/load.ts', "import { z } from 'zod';")).toEqual([]);
    expect(lines('src/scenario/load.ts', "import { stepQuarter } from '../engine';")).toEqual([]);
    expect(lines('src/cli/sim.ts', "import { writeFileSync } from 'node:fs';")).toEqual([]);
    expect(lines('src/main.ts', "import Phaser from 'phaser';\nimport { Howl } from 'howler';")).toEqual([]);
  });

  it('reports a folder that is not in the rules table', () => {
    expect(lines('src/extras/thing.ts', "import x from './y';")).toEqual([
      'src/extras/thing.ts -> ./y (layer "extras" is not in the rules table)',
    ]);
  });
});
