/** Names of a scenario's teaching fields (briefing, goals, prompts, roles), without the schema behind them. */

/** Teaching fields: an extending file's own values replace its base's. */
export const TEACHING_FIELD_NAMES = ['briefing', 'learningGoals', 'discussionPrompts', 'roles'] as const;
