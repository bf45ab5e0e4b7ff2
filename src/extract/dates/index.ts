// Dates: find expressions, gather per-article evidence of when it was written,
// fix one reference date per article across the batch, then resolve.
import type { DateClaim, Draft, ReferenceDate, Segmented } from '../../types.js';
import { contextWords } from '../quantity-context.js';
import { analyse } from './analyse.js';
import { parseYmd } from './calendar.js';
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
    context: contextWords(m.sentence.text, m.sentence.start, m, 6, CALENDAR_WORDS),
  }));
}

/** Places read dates on the calendar against the article's reference date (cheap). */
export function resolvePending(dates: PendingDate[], reference: ReferenceDate | null): Draft<DateClaim>[] {
  const ref = reference ? parseYmd(reference.date) : null;
  return dates.map((m) => {
    const { resolved, precision } = resolveDate(m.form, m.part, m.tense, ref);
    return { kind: 'date', offset: m.offset, text: m.text, resolved, precision, context: m.context };
  });
}

export function extractDates(seg: Segmented, reference: ReferenceDate | null): Draft<DateClaim>[] {
  return resolvePending(pendingDates(seg), reference);
}
