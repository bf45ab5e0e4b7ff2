// Cheap necessary conditions for the costliest boilerplate patterns.
//
// The caption patterns open with `^.{1,600}`: on a long body line the
// regular expression engine tries the rest of the pattern at each of up to
// 600 split points, and every kept line of every article is a long body line
// that matches none of them. Each pattern below can only match a line that
// ends in a certain way (or contains a certain word), which a test of its
// last characters settles first. The same goes for the one pattern not
// anchored at the line start, whose family would otherwise be searched at
// every position of every line.
//
// A guard must be implied by its pattern: a line the pattern matches always
// passes the guard, so skipping the pattern when the guard fails changes no
// result. Guards are keyed by the exact pattern source they were read from:
// if data/boilerplate.json changes a pattern, the edited pattern has no guard
// and runs as before (test/clean/pattern-guards.test.ts flags the stale entry).
// A guarded pattern must have no capturing group: it leaves its family's
// alternation, and the other patterns' group numbers must not move.

/** A test that every line the keyed pattern matches passes. */
export type Guard = (folded: string) => boolean;

/** True when the line ends with ")" or ")." (the patterns' `\)\.?$`). */
function endsWithParen(s: string): boolean {
  const n = s.length;
  const last = s.charCodeAt(n - 1);
  return last === 0x29 || (last === 0x2e && s.charCodeAt(n - 2) === 0x29);
}

/** True when the last character is none of `chars` (a pattern ending in `[^…]{1,n}$`). */
function lastNotIn(s: string, chars: string): boolean {
  return s.length > 0 && !chars.includes(s.charAt(s.length - 1));
}

// Same flags as the patterns ('iu'), so whatever the pattern's literal
// matches under case folding, this matches too.
const CONTRIBUTED = /contributed/iu;

const GUARDS = new Map<string, Guard>([
  // caption-paren-credit: ends `\)\.?$`.
  [String.raw`^.{1,600}\((?:photo|image|picture|photograph|foto|credit)s?(?: credit)?\s*:\s*[^()]{1,80}\)\.?$`, endsWithParen],
  // caption-paren-agency: ends `\)\.?$`.
  [
    String.raw`^.{1,600}\((?:(?:ap|afp|reuters|epa|epa-efe|efe|xinhua|anadolu|pool|ap photo|afp photo|reuters photo)(?:\s*/\s*[^()/]{1,60}){1,2}|[^()]{1,60}(?:/|\bvia\s)\s*(?:getty images|afp|ap|reuters|epa|shutterstock|alamy|bloomberg|xinhua|anadolu|pool)(?:\s*via\s*getty images)?)\)\.?$`,
    endsWithParen,
  ],
  // caption-agency-credit: a "/" then `[^.!?/]{1,60}$`, so the last character is not one of ".!?/".
  [
    String.raw`^.{1,600}[.!]\s+(?:reuters|afp|ap|ap photo|epa|epa-efe|efe|xinhua|anadolu|getty images|pool)\s*/\s*[^.!?/]{1,60}$`,
    (s) => lastNotIn(s, '.!?/') && s.includes('/'),
  ],
  // caption-slash-credit: a "/" then `\p{L}[^.!?/\d]{1,60}$`, so the last character is not one of ".!?/" nor a digit.
  [
    String.raw`^.{1,600}[.!]\s+[\p{L}&'-]{2,20}(?: [\p{L}&'-]{2,20}){0,2}\s?/\s?\p{L}[^.!?/\d]{1,60}$`,
    (s) => lastNotIn(s, '.!?/0123456789') && s.includes('/'),
  ],
  // caption-photo-label: a ":" then `[^.!?]{1,80}$`, so the last character is not one of ".!?".
  [String.raw`^.{1,600}[.!]\s+(?:photo|image|picture|photograph|foto)s?(?: credit)?\s*:\s*[^.!?]{1,80}$`, (s) => lastNotIn(s, '.!?') && s.includes(':')],
  // position-marker: the one unanchored pattern, so it keeps its family's alternation from failing at the line's start.
  [String.raw`\((?:left|right|centre|center|top|bottom|front|back|second (?:from )?(?:left|right)|from (?:left|right)|l-r|l to r|pictured)\)`, (s) => s.includes('(')],
  // contributed-to-this and contributed-reporting: up to ten words, then the literal "contributed".
  [String.raw`^[•·*–—-]?\s*(?:[^\s!?]{1,30}\s+){1,10}contributed(?: reporting)? to this (?:report|article|story)\b.{0,200}$`, (s) => CONTRIBUTED.test(s)],
  [String.raw`^[•·*–—-]?\s*(?:[^\s!?]{1,30}\s+){1,10}contributed reporting\b.{0,200}$`, (s) => CONTRIBUTED.test(s)],
]);

/** The guard for a pattern source, or null when the pattern has none. */
export function guardFor(source: string): Guard | null {
  return GUARDS.get(source) ?? null;
}

/** The pattern sources that have a guard (for the test that keeps the table in step with the data). */
export function guardedSources(): string[] {
  return [...GUARDS.keys()];
}
