// Dates: find expressions, gather per-article evidence of when it was written,
// fix one reference date per article across the batch, then resolve.
import type { DateClaim, Draft, ReferenceDate, Segmented } from '../../types.js';
import { contextWords } from '../quantity-context.js';
import { analyse } from './analyse.js';
import { addDays, formatDay, parseYmd, weekday } from './calendar.js';
import { MONTHS, WEEKDAYS } from './lexicon.js';
import { resolveDate } from './resolve.js';
import type { DateForm, Part } from './find.js';
import type { Tense } from './tense.js';

export { dateEvidence, type DateEvidence } from './evidence.js';
export { assignReferenceDates } from './reference.js';

/** Calendar words say when, not what happened: they never count as context. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  'week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'last', 'next', 'ago', 'later', 'earlier', 'late', 'early',
]);

/**
 * A date found and read (form, tense, context) but not yet placed on the
 * calendar: placing needs the article's reference date, which is only known
 * after the batch barrier. Plain JSON, so it can cross threads and machines.
 */
export interface PendingDate {
  offset: number;
  text: string;
  form: DateForm;
  part: Part;
  tense: Tense;
  /** Index in the article's list of the weekday this one ends a span from, or null. */
  rangeStart: number | null;
  context: string[];
}

/** Finds and reads every date of an article (the expensive half: compromise tags tense). */
export function pendingDates(seg: Segmented): PendingDate[] {
  return analyse(seg).map((m) => ({
    offset: m.start,
    text: m.text,
    form: m.form,
    part: m.part,
    tense: m.tense,
    rangeStart: m.rangeStart,
    context: clauseContext(m.sentence, m),
  }));
}

/**
 * Words that open a clause telling of another event: "will strike from
 * Monday | after talks collapsed", "the vote was held on Sunday | because …".
 * A date's context stops at them, unless the word leads the date itself
 * ("after 22 April").
 */
const OTHER_EVENT = /\b(?:after|before|because|while|although|though|whereas|when|once)\b/giu;

/** The context words of a date from its own clause of the sentence (see OTHER_EVENT). */
function clauseContext(sentence: { start: number; text: string }, m: { start: number; end: number }): string[] {
  const rel = m.start - sentence.start;
  const relEnd = m.end - sentence.start;
  let from = 0;
  let to = sentence.text.length;
  OTHER_EVENT.lastIndex = 0;
  for (let hit = OTHER_EVENT.exec(sentence.text); hit !== null; hit = OTHER_EVENT.exec(sentence.text)) {
    const at = hit.index;
    if (at >= relEnd) {
      to = at;
      break;
    }
    // A break word before the date starts its clause (itself included).
    if (at + hit[0].length <= rel) from = at;
  }
  const clause = sentence.text.slice(from, to);
  const words = contextWords(clause, sentence.start + from, m, 6, CALENDAR_WORDS);
  // A clause too short to say what happened keeps the whole sentence.
  return words.length >= 2 ? words : contextWords(sentence.text, sentence.start, m, 6, CALENDAR_WORDS);
}

/** Places read dates on the calendar against the article's reference date (cheap). */
export function resolvePending(dates: PendingDate[], reference: ReferenceDate | null): Draft<DateClaim>[] {
  const ref = reference ? parseYmd(reference.date) : null;
  const out: Draft<DateClaim>[] = [];
  for (const m of dates) {
    const from = m.rangeStart !== null ? out[m.rangeStart] : undefined;
    const { resolved, precision } = from && m.form.kind === 'weekday' ? spanEnd(from, m.form.weekday) ?? resolveDate(m.form, m.part, m.tense, ref) : resolveDate(m.form, m.part, m.tense, ref);
    out.push({ kind: 'date', offset: m.offset, text: m.text, resolved, precision, context: m.context });
  }
  return out;
}

/** The first given weekday after the day a span starts on. */
function spanEnd(from: Draft<DateClaim>, wd: number): { resolved: string; precision: 'day' } | null {
  const start = from.precision === 'day' && from.resolved ? parseYmd(from.resolved) : null;
  if (!start) return null;
  const ahead = (wd - weekday(start) + 7) % 7 || 7;
  return { resolved: formatDay(addDays(start, ahead)), precision: 'day' };
}

export function extractDates(seg: Segmented, reference: ReferenceDate | null): Draft<DateClaim>[] {
  return resolvePending(pendingDates(seg), reference);
}
