// Invented articles for the clean tests: a headline and prose paragraphs,
// into which a test puts the lines it wants to see removed or kept.
import { cleanCorpus } from '../../src/clean/clean.js';
import type { CleanDocument } from '../../src/types.js';
import { makeDoc } from '../helpers.js';

export const TITLE = 'City council approves bus network expansion after long debate';

export const BODY = [
  'The city council voted on Wednesday to expand the bus network, a decision officials said would cost about 40 million dollars over five years.',
  'Council members argued for hours about the plan, which opponents say favours the wealthier northern districts over the rest of the city.',
  'The mayor, who has backed the expansion since her campaign, told reporters that the first new routes would open in the spring.',
  'Residents who spoke at the meeting were divided, with some praising the plan and others warning that fares would rise to pay for it.',
];

/** Joins paragraphs the way scraped text comes: one paragraph a line, blank lines between. */
export function page(parts: string[]): string {
  return parts.join('\n\n');
}

/** An article: headline, the head lines, the body, the tail lines. */
export function article(opts: { head?: string[]; middle?: string[]; tail?: string[] } = {}): string {
  const body = [...BODY.slice(0, 2), ...(opts.middle ?? []), ...BODY.slice(2)];
  return page([TITLE, ...(opts.head ?? []), ...body, ...(opts.tail ?? [])]);
}

export function clean(text: string, id = 'doc'): CleanDocument {
  return cleanCorpus([makeDoc(text, id)])[0]!;
}

/** Removed line text → reason. */
export function removedByText(c: CleanDocument): Map<string, string> {
  return new Map(c.removed.map((r) => [r.text, r.reason]));
}

/** Every kept body line's text. */
export function keptText(c: CleanDocument): string[] {
  return c.paragraphs.flatMap((p) => p.text.split(/\r?\n|\r/u));
}
