// Places one date expression on the calendar, given the article's reference
// date and the tense of its clause. Spans that cross a month boundary ("last
// week" when that week straddles two months) stay unresolved rather than guessed.
import type { Precision } from '../../types.js';
import { addDays, addMonths, formatDay, formatMonth, toDayNumber, weekday, weekStart, type Ymd } from './calendar.js';
import type { DateForm, Part } from './find.js';
import type { Tense } from './tense.js';

export interface Resolution {
  resolved: string | null;
  precision: Precision | null;
}

const NONE: Resolution = { resolved: null, precision: null };

const day = (v: Ymd): Resolution => ({ resolved: formatDay(v), precision: 'day' });
const month = (y: number, m: number): Resolution => ({ resolved: formatMonth(y, m), precision: 'month' });
const year = (y: number): Resolution => ({ resolved: String(y), precision: 'year' });

/** Resolves forms that need no reference date; null when one is needed. */
export function resolveAbsolute(form: DateForm): Resolution | null {
  switch (form.kind) {
    case 'full':
      return day({ y: form.y, m: form.m, d: form.d });
    case 'monthYear':
      return month(form.y, form.m);
    case 'year':
      return year(form.y);
    case 'season':
      return form.y === null ? null : year(form.y);
    case 'vague':
      return NONE;
    default:
      return null;
  }
}

export function resolveDate(form: DateForm, part: Part, tense: Tense, ref: Ymd | null): Resolution {
  const abs = resolveAbsolute(form);
  if (abs) return abs;
  if (!ref) return NONE;
  switch (form.kind) {
    case 'monthDay':
      return day(monthDayYear(form.m, form.d, tense, ref));
    case 'monthRelYear':
      return month(ref.y + form.yearOffset, form.m);
    case 'month':
      return monthOf(form.m, form.modifier, tense, ref);
    case 'weekday':
      return day(weekdayDate(form.weekday, form.modifier, tense, ref));
    case 'season':
      return year(seasonYear(form.start, form.modifier, tense, ref));
    case 'relative':
      return relative(form.unit, form.offset, form.within, part, ref);
    case 'ago':
      return ago(form.n, form.unit, ref);
    case 'deictic':
      return day(addDays(ref, form.offset));
    default:
      return NONE;
  }
}

/** The date of a weekday relative to ref: past → on or before, future → on or after, else nearest. */
export function weekdayDate(wd: number, modifier: 'last' | 'next' | 'this' | null, tense: Tense, ref: Ymd): Ymd {
  const back = (weekday(ref) - wd + 7) % 7;
  const fwd = (wd - weekday(ref) + 7) % 7;
  if (modifier === 'last') return addDays(ref, -(back === 0 ? 7 : back));
  // "next Tuesday" is the Tuesday of next week (weeks run Monday to Sunday):
  // said on a Monday it is eight days on, said on a Sunday two.
  if (modifier === 'next') return addDays(weekStart(ref), 7 + ((wd + 6) % 7));
  if (tense === 'past') return addDays(ref, -back);
  if (tense === 'future') return addDays(ref, fwd);
  return addDays(ref, back <= fwd ? -back : fwd);
}

function monthDayYear(m: number, d: number, tense: Tense, ref: Ymd): Ymd {
  const candidates = [ref.y - 1, ref.y, ref.y + 1].map((y) => ({ y, m, d }));
  const r = toDayNumber(ref);
  const dist = candidates.map((c) => toDayNumber(c) - r);
  let best = 1;
  if (tense === 'past') best = dist[1]! <= 0 ? 1 : 0;
  else if (tense === 'future') best = dist[1]! >= 0 ? 1 : 2;
  else best = [0, 1, 2].reduce((a, b) => (Math.abs(dist[b]!) < Math.abs(dist[a]!) ? b : a));
  return candidates[best]!;
}

function monthOf(m: number, modifier: 'last' | 'next' | 'this' | null, tense: Tense, ref: Ymd): Resolution {
  if (modifier === 'this') return month(ref.y, m);
  if (modifier === 'last') return month(m < ref.m ? ref.y : ref.y - 1, m);
  if (modifier === 'next') return month(m > ref.m ? ref.y : ref.y + 1, m);
  if (tense === 'past') return month(m <= ref.m ? ref.y : ref.y - 1, m);
  if (tense === 'future') return month(m >= ref.m ? ref.y : ref.y + 1, m);
  // Nearest occurrence; an exact tie goes to the past, which news reports more often.
  const back = (ref.m - m + 12) % 12;
  const fwd = (m - ref.m + 12) % 12;
  return back <= fwd ? month(m <= ref.m ? ref.y : ref.y - 1, m) : month(m >= ref.m ? ref.y : ref.y + 1, m);
}

/** A season occurrence is named by the year it starts in (winter 2021 = Dec 2021 – Feb 2022). */
function seasonYear(start: number, modifier: 'last' | 'next' | 'this' | null, tense: Tense, ref: Ymd): number {
  const idx = ref.y * 12 + ref.m - 1;
  const startIdx = (y: number): number => y * 12 + start - 1;
  const latestStarted = startIdx(ref.y) <= idx ? ref.y : ref.y - 1;
  const inProgress = idx < startIdx(latestStarted) + 3;
  if (modifier === 'last') return inProgress ? latestStarted - 1 : latestStarted;
  if (modifier === 'next') return latestStarted + 1;
  if (modifier === 'this') return inProgress || tense === 'past' ? latestStarted : latestStarted + 1;
  if (tense === 'future') return inProgress ? latestStarted : latestStarted + 1;
  return latestStarted;
}

function span(first: Ymd, last: Ymd): Resolution {
  return first.y === last.y && first.m === last.m ? month(first.y, first.m) : NONE;
}

function relative(
  unit: 'week' | 'month' | 'year' | 'weekend',
  offset: number,
  within: 'before' | 'after' | null,
  part: Part,
  ref: Ymd,
): Resolution {
  if (unit === 'year') return year(ref.y + offset);
  if (unit === 'month') {
    const v = addMonths(ref.y, ref.m, offset);
    return month(v.y, v.m);
  }
  if (unit === 'weekend') {
    const sat = (6 - weekday(ref) + 7) % 7;
    // On a Sunday "this weekend" is the one in progress.
    let saturday = weekday(ref) === 0 ? addDays(ref, -1) : addDays(ref, sat);
    if (offset === -1) saturday = addDays(saturday, -7);
    if (offset === 1) saturday = addDays(saturday, 7);
    return span(saturday, addDays(saturday, 1));
  }
  const monday = addDays(weekStart(ref), 7 * offset);
  let first = monday;
  let last = addDays(monday, 6);
  if (within === 'before') last = addDays(ref, -1);
  if (within === 'after') first = addDays(ref, 1);
  if (part === 'early') last = addDays(monday, 2);
  if (part === 'mid') {
    first = addDays(monday, 1);
    last = addDays(monday, 3);
  }
  if (part === 'late') first = addDays(monday, 3);
  return span(first, last);
}

function ago(n: number, unit: 'day' | 'week' | 'month' | 'year', ref: Ymd): Resolution {
  if (Number.isNaN(n)) return NONE;
  if (unit === 'day') return day(addDays(ref, -n));
  // "a week ago", "two weeks ago": counted back from the reference day, so a day.
  if (unit === 'week') return day(addDays(ref, -7 * n));
  if (unit === 'month') {
    const v = addMonths(ref.y, ref.m, -n);
    return month(v.y, v.m);
  }
  return year(ref.y - n);
}
