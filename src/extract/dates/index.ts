// Dates: find expressions, gather per-article evidence of when it was written,
// fix one reference date per article across the batch, then resolve.
import type { DateClaim, Draft, ReferenceDate, Segmented } from '../../types.js';
import { contextWords } from '../quantity-context.js';
import { analyse } from './analyse.js';
import { parseYmd } from './calendar.js';
import { MONTHS, WEEKDAYS } from './lexicon.js';
import { resolveDate } from './resolve.js';

export { dateEvidence, type DateEvidence } from './evidence.js';
export { assignReferenceDates } from './reference.js';

/** Calendar words say when, not what happened: they never count as context. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  'week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'last', 'next', 'ago', 'later', 'earlier', 'late', 'early',
]);

export function extractDates(seg: Segmented, reference: ReferenceDate | null): Draft<DateClaim>[] {
  const ref = reference ? parseYmd(reference.date) : null;
  return analyse(seg).map((m) => {
    const { resolved, precision } = resolveDate(m.form, m.part, m.tense, ref);
    return {
      kind: 'date',
      offset: m.start,
      text: m.text,
      resolved,
      precision,
      context: contextWords(m.sentence.text, m.sentence.start, m, 6, CALENDAR_WORDS),
    };
  });
}
