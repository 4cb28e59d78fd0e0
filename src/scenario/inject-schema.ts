/**
 * Schema of a scenario's injects: scripted events a facilitator fires (or that fire themselves on
 * a scheduled quarter), each with its effects on the model and the sources behind it. Effect
 * amounts carry their unit in the effect kind: aidCapBnEur in € bn a quarter, oilPriceUsd in
 * $/bbl, revenueTrnRub in trillion rubles a quarter, russianRoundsPerQuarter in usable North
 * Korean rounds a quarter (never taking off more than North Korea delivers),
 * russianForcePerQuarter and russianForce in troops, cohesion in points, belief in probability.
 */
import { z } from 'zod';
import { text } from './schema-parts';

const MODIFIER_KINDS = [
  'aidCapBnEur',
  'oilPriceUsd',
  'revenueTrnRub',
  'russianRoundsPerQuarter',
  'russianForcePerQuarter',
] as const;

const effect = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('modifier'),
    kind: z.enum(MODIFIER_KINDS).describe('What the modifier changes, in the unit of its kind.'),
    amount: z.number().describe('In the kind’s unit, per quarter (a cap for aidCapBnEur).'),
    quarters: z.int().min(1).max(40).describe('How many quarters it lasts.'),
  }),
  z.strictObject({
    type: z.literal('russianForce'),
    amount: z.number().describe('Troops added (or removed) at once.'),
  }),
  z.strictObject({
    type: z.literal('cohesion'),
    amount: z.number().describe('Western cohesion points at once.'),
  }),
  z.strictObject({
    type: z.literal('belief'),
    amount: z.number().describe('Change in his belief that the West will quit.'),
  }),
  z.strictObject({
    type: z.literal('chinaSupplies').describe('China starts supplying vehicles and shells.'),
  }),
]);

/** One inject. */
export const injectSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id in kebab-case'),
  title: text,
  description: text.describe('What happens and why, for the facilitator and the players.'),
  scheduledQuarter: z
    .int()
    .min(0)
    .nullable()
    .describe('Quarter index (0 = the first) when it fires by itself, or null to fire on demand.'),
  effects: z.array(effect).min(1),
  sources: z.array(z.string()).describe('Source keys in the bibliography.'),
});

/** A scenario's list of injects; absent means none. */
export const injectsSchema = z.array(injectSchema).describe('Scripted events: scheduled and on demand.');
