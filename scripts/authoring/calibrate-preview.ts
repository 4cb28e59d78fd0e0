import { readFileSync } from 'node:fs';
import { toParams } from '../../src/scenario/unwrap';
import { replay } from '../../src/engine';
const doc = JSON.parse(
  readFileSync('/work/main/scenarios/' + (process.argv[2] ?? 'baseline-2025') + '.json', 'utf8'),
);
function mergeDeep(base: any, over: any): any {
  if (over && typeof over === 'object' && !Array.isArray(over) && !('value' in over) && !('points' in over)) {
    const out: any = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = mergeDeep(base?.[k], v);
    return out;
  }
  return over;
}
const merged = doc.extends
  ? { ...mergeDeep(JSON.parse(readFileSync('scenarios/' + doc.extends + '.json', 'utf8')), doc.overrides), id: doc.id }
  : doc;
const p = toParams(merged);
const aid = Number(process.argv[3] ?? 10.4),
  sanc = Number(process.argv[4] ?? 1),
  seed = Number(process.argv[5] ?? 7);
const { reports } = replay(
  p,
  seed,
  Array.from({ length: 12 }, () => ({ aidBnEurPerQuarter: aid, sanctionsLevel: sanc })),
);
const f = (x: number, d = 0) => x.toFixed(d).padStart(7);
console.log(
  'quarter   tankL tStoR aStoR gunSto  gunAct ratio  cas    rec   force   km2  c/km2  nwf  def  mon  cpi  key  lab coh bel P pr',
);
for (const r of reports) {
  const i = r.indicators;
  console.log(
    r.quarter,
    f(i.tankLosses),
    f(i.tanksStorageRestorable),
    f(i.ifvApcStorageRestorable),
    f(i.artilleryStorage),
    f(i.artilleryActive),
    f(i.fireRatio, 2),
    f(i.casualties / 1000, 1),
    f(i.recruits / 1000, 1),
    f(i.forceStrength / 1000),
    f(i.territoryGainedKm2),
    f(i.casualtiesPerKm2),
    f(i.nwfLiquidTrnRub, 2),
    f(i.deficitTrnRub, 2),
    f(i.monetisedTrnRub, 2),
    f(i.inflationPct, 1),
    f(i.keyRatePct, 1),
    f(i.laborShortageM, 2),
    f(i.westernCohesion),
    f(i.beliefWestQuits, 2),
    i.posture,
    i.activePressures,
  );
  const ev = r.events
    .filter((e) => ['threshold', 'kremlin', 'posture', 'outcome'].includes(e.category))
    .map((e) => e.code + (e.values['id'] ? ':' + e.values['id'] : ''));
  if (ev.length) console.log('         ', ev.join(' '));
}
