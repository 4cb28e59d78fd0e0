/**
 * Schema of the teaching material a scenario carries besides its numbers: the briefing read
 * before play, the learning goals, the prompts for the debrief and one printable brief per seat
 * at the table. All optional in a file (an extending scenario inherits its base's, and may
 * replace any of them at its top level); every bundled scenario gives all of them, which a test
 * checks together with their lengths.
 */
import { z } from 'zod';
import { TEACHING_FIELD_NAMES } from './teaching-fields';
import { text } from './schema-parts';
import { ROLE_IDS, type RoleId, type ScenarioRole } from './types';

/** A list of paragraphs or items: non-empty text, at least one, at most twelve. */
const paragraphs = (description: string) => z.array(text).min(1).max(12).describe(description);

/** One role brief. */
export const roleSchema = z
  .strictObject({
    title: text.describe('The seat, e.g. "The United States (the President\'s team)".'),
    brief: paragraphs('Two to four paragraphs: who you are and what you face in this scenario.'),
    objectives: paragraphs('What this role wants to achieve.'),
    levers: paragraphs('What this role controls or argues for.'),
    redLines: paragraphs('What this role will not accept.'),
  } satisfies Record<keyof ScenarioRole, z.ZodType>)
  .meta({ id: 'Role', description: 'A printable role brief, written for one scenario.' });

/** The five role briefs: the United States, Europe, Ukraine, the Kremlin, the facilitator. */
export const rolesSchema = z
  .strictObject(
    Object.fromEntries(ROLE_IDS.map((id) => [id, roleSchema])) as Record<RoleId, typeof roleSchema>,
  )
  .describe('One brief per seat: us, europe, ukraine, kremlin, facilitator.');

/** The teaching fields of a scenario document, each optional (exactOptionalPropertyTypes). */
export const TEACHING_FIELDS = {
  briefing: paragraphs(
    'Three to five paragraphs read before play: the situation, what the scenario assumes, what to watch.',
  ).exactOptional(),
  learningGoals: paragraphs('Three to five things a player should understand by the end.').exactOptional(),
  discussionPrompts: paragraphs('Four to six questions for the debrief (the hot wash).').exactOptional(),
  roles: rolesSchema.exactOptional(),
};

// The field names live in teaching-fields.ts (no schema library there, for the browser); this
// keeps the two lists the same.
TEACHING_FIELD_NAMES satisfies readonly (keyof typeof TEACHING_FIELDS)[];
export { TEACHING_FIELD_NAMES };
