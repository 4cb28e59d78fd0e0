/**
 * The reader's side of the game JSON export ('leverage-game', version 1), as a zod schema: what a
 * tool reading an exported game may rely on. Kept with the tests because the game itself only
 * writes the file; it never reads one back.
 */
import { z } from 'zod';
import { INDICATOR_RANGES, KREMLIN_OPTIONS, OVERRIDE_TARGETS } from '../../src/engine';

const policy = z
  .object({ aidBnEurPerQuarter: z.number().min(0), sanctionsLevel: z.number().int().min(0) })
  .strict();

const override = z
  .object({
    target: z.enum(Object.keys(OVERRIDE_TARGETS) as [string, ...string[]]),
    value: z.number(),
    reason: z.string().min(1),
  })
  .strict();

const turn = z
  .object({
    policy,
    injects: z.array(z.string()).optional(),
    overrides: z.array(override).optional(),
    kremlinChoices: z.array(z.enum(KREMLIN_OPTIONS)).optional(),
  })
  .strict();

const indicators = z
  .object(Object.fromEntries(Object.keys(INDICATOR_RANGES).map((k) => [k, z.number()])))
  .strict();

const event = z
  .object({
    code: z.string(),
    category: z.string(),
    severity: z.enum(['info', 'warning', 'critical']),
    values: z.record(z.string(), z.union([z.number(), z.string()])),
    causes: z.array(z.string()),
    sources: z.array(z.string()),
  })
  .strict();

const outcome = z
  .object({
    kind: z.enum(['settlement', 'collapse', 'horizon']),
    quarterIndex: z.number().int().min(0),
    score: z.number().min(0).max(100),
    terms: z.record(z.string(), z.string()).nullable(),
  })
  .strict();

const logEntry = z
  .object({
    quarterIndex: z.number().int().min(0),
    kind: z.enum(['pause', 'resume', 'inject', 'override', 'reveal', 'rewind', 'hot-seat']),
    // What was done, as a message (a code of src/state/store/message-codes.ts and its values)…
    code: z.string().regex(/^log\./),
    values: z.record(z.string(), z.union([z.string(), z.number()])),
    // …and in words, when the screen that exported it gave the text layer's describeMessage.
    text: z.string().optional(),
    reason: z.string().optional(),
  })
  .strict();

/** A game exported as JSON. */
export const gameJsonSchema = z
  .object({
    format: z.literal('leverage-game'),
    version: z.literal(1),
    scenario: z.object({ id: z.string().min(1), version: z.string().min(1) }).strict(),
    assumptions: z.record(z.string(), z.string()),
    seed: z.number().int().min(0),
    turns: z.array(turn),
    quarters: z.array(
      z
        .object({ quarter: z.string().regex(/^\d{4}-Q[1-4]$/), policy, indicators, events: z.array(event) })
        .strict(),
    ),
    outcome: outcome.nullable(),
    facilitatorLog: z.array(logEntry),
  })
  .strict()
  .refine((g) => g.turns.length === g.quarters.length, 'one turn per quarter');
