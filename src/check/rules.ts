/** The rules `corpus-diff check` knows; a team switches them on with --fail-on or the config file. */
export const RULES = {
  'new-conflict': 'a conflict between sources that the baseline report did not have',
  conflict: 'any conflict between sources',
  'empty-source': 'a source with no body text left after cleaning',
  'no-claims': 'a source from which no figure, date or quote was extracted',
  'skipped-file': 'an input file that could not be used (binary, empty, unreadable, too large)',
  'boilerplate-leak': 'a claim taken from a line that looks like page boilerplate',
} as const;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** On unless the user chooses: what a CI job on a new batch most wants to hear about. */
export const DEFAULT_RULES: RuleId[] = ['new-conflict', 'empty-source', 'skipped-file', 'boilerplate-leak'];

/** One finding shape for every rule (after vfile-message): rule, place, message. */
export interface Finding {
  rule: RuleId;
  severity: 'error' | 'warning';
  /** Source id, or null for findings about the batch or an unread file. */
  source: string | null;
  path: string;
  line: number | null;
  column: number | null;
  message: string;
  /** For conflicts: the fact id and the places in each source. */
  fact?: string;
  places?: { source: string; path: string; line: number; column: number }[];
}
