/**
 * What a role brief shows, built from the scenario's data: the role's own texts, the briefing's
 * key figures (each with its footnote keys) and the footnotes cited on the page with their titles.
 * Pure: the dialog turns it into DOM.
 */
import type { ScenarioParams } from '../../engine';
import { interpolate } from '../../text/format';
import { uiWords } from '../../text';
import { briefingText } from '../briefing/briefing-view';
import { formatIsoDate } from '../format-date';
import { printableSourceName } from '../review/source-label';
import { citedKeys, sortKeys } from './source-keys';

/** The five seats, in the order the briefs are printed. */
export const ROLE_ORDER = ['us', 'europe', 'ukraine', 'kremlin', 'facilitator'] as const;

/** One seat's id. */
export type RoleKey = (typeof ROLE_ORDER)[number];

/** A role's texts as the scenario gives them (a structural copy of the scenario layer's type). */
export interface RoleText {
  readonly title: string;
  readonly brief: readonly string[];
  readonly objectives: readonly string[];
  readonly levers: readonly string[];
  readonly redLines: readonly string[];
}

/** The part of the loaded scenario the briefs read. */
export interface RolesScenario {
  readonly name: string;
  readonly dataVintage: string;
  readonly sources: Readonly<Record<string, { readonly title: string; readonly citation: string }>>;
  readonly roles: Readonly<Record<RoleKey, RoleText>> | null;
  readonly params: Pick<ScenarioParams, 'initial' | 'policy'>;
}

/** One key figure of the briefing. */
export interface KeyFigure {
  readonly topic: string;
  readonly value: string;
  readonly label: string;
  readonly sources: readonly string[];
}

/** One brief, ready to show or print. */
export interface RoleBrief extends RoleText {
  readonly id: RoleKey;
  readonly scenarioName: string;
  /** "Figures as of 19 February 2025". */
  readonly vintage: string;
  readonly keyFigures: readonly KeyFigure[];
  /** Every source the page cites, sorted, with its title ("Not in the bibliography." if unknown). */
  readonly footnotes: readonly { readonly key: string; readonly title: string }[];
}

/** The briefing's six key figures, filled with the scenario's starting values. */
export function keyFigures(params: RolesScenario['params']): KeyFigure[] {
  const values: Record<string, number> = {
    ...params.initial,
    aidStatusQuoBnEurPerQuarter: params.policy.aidStatusQuoBnEurPerQuarter,
    aidUsStopsBnEurPerQuarter: params.policy.aidUsStopsBnEurPerQuarter,
    aidExpandedBnEurPerQuarter: params.policy.aidExpandedBnEurPerQuarter,
  };
  return briefingText().cards.map((c) => ({
    topic: c.title,
    value: interpolate(c.figure.value, values),
    label: interpolate(c.figure.label, values),
    sources: c.figure.sources,
  }));
}

/** The five briefs of a scenario, in ROLE_ORDER; empty when the scenario has no roles. */
export function roleBriefs(s: RolesScenario): RoleBrief[] {
  if (!s.roles) return [];
  const figures = keyFigures(s.params);
  const roles = s.roles;
  return ROLE_ORDER.map((id) => {
    const r = roles[id];
    const texts = [...r.brief, ...r.objectives, ...r.levers, ...r.redLines];
    const keys = sortKeys([...figures.flatMap((f) => f.sources), ...citedKeys(texts)]);
    return {
      id,
      ...r,
      scenarioName: s.name,
      vintage: interpolate(uiWords().roles.vintage, { date: formatIsoDate(s.dataVintage) }),
      keyFigures: figures,
      footnotes: keys.map((key) => {
        const entry = s.sources[key];
        return { key, title: entry ? printableSourceName(entry) : uiWords().common.notInBibliography };
      }),
    };
  });
}
