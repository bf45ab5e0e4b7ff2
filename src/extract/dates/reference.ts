// The cross-article barrier: one reference date per article. Order of trust:
// the --reference-date flag, a stated publication date, the article's own
// anchor (a date whose weekday is known), the anchor the other articles of the
// batch agree on, the article's latest explicit date, nothing.
import type { ReferenceDate } from '../../types.js';
import { addDays, formatDay, isValid, parseYmd, toDayNumber, weekday, type Ymd } from './calendar.js';
import type { DateEvidence } from './evidence.js';

interface Anchor {
  date: Ymd;
  strength: number;
}

/** A corpus anchor never places an article that states a date this many days after it. */
const CORPUS_FIT_DAYS = 14;

export function assignReferenceDates(evidence: DateEvidence[], override?: string): (ReferenceDate | null)[] {
  const forced = override ? parseYmd(override) : null;
  if (forced) return evidence.map(() => ({ date: formatDay(forced), basis: 'reference-date' }));
  const own = evidence.map(ownAnchor);
  const shared = corpusAnchor(own);
  return evidence.map((ev, i): ReferenceDate | null => {
    if (ev.publishedAt) return { date: ev.publishedAt.value, basis: ev.publishedAt.basis };
    const anchor = own[i];
    if (anchor) return { date: formatDay(placeAround(anchor.date, ev)), basis: 'inferred' };
    if (shared && fits(shared, ev)) return { date: formatDay(placeAround(shared, ev)), basis: 'corpus' };
    const latest = latestFullDate(ev);
    return latest ? { date: latest, basis: 'inferred' } : null;
  });
}

/** A date whose weekday the article states: "Tuesday, December 7, 2021", or "on Tuesday" … "on December 7". */
export function ownAnchor(ev: DateEvidence): Anchor | null {
  const found: Anchor[] = [];
  for (const f of ev.fullDates) {
    if (f.weekday !== null) found.push({ date: parseYmd(f.date)!, strength: f.removed ? 2 : 3 });
  }
  const years = candidateYears(ev);
  for (const md of ev.monthDays) {
    const weekdays =
      md.weekday !== null
        ? [md.weekday]
        : ev.weekdays.filter((w) => w.modifier === null || w.modifier === 'this').filter((w) => compatible(w.tense, md.tense)).map((w) => w.weekday);
    for (const wd of new Set(weekdays)) {
      const fitting = years.filter((y) => isValid(y, md.month, md.day) && weekday({ y, m: md.month, d: md.day }) === wd);
      // Weekdays repeat every few years: only an unambiguous year makes an anchor.
      if (fitting.length === 1) found.push({ date: { y: fitting[0]!, m: md.month, d: md.day }, strength: md.weekday !== null ? 3 : 2 });
    }
  }
  if (found.length === 0) return null;
  return found.reduce((a, b) => (b.strength > a.strength || (b.strength === a.strength && toDayNumber(b.date) > toDayNumber(a.date)) ? b : a));
}

function compatible(a: string | null, b: string | null): boolean {
  return !((a === 'past' && b === 'future') || (a === 'future' && b === 'past'));
}

/** Years the article mentions, and their neighbours: "early 2022" is written in 2021. */
function candidateYears(ev: DateEvidence): number[] {
  const set = new Set<number>();
  const known = [...ev.years, ...ev.fullDates.map((f) => Number(f.date.slice(0, 4)))];
  for (const y of known) for (const d of [-1, 0, 1]) set.add(y + d);
  return [...set].sort((a, b) => a - b);
}

function corpusAnchor(own: (Anchor | null)[]): Ymd | null {
  const votes = new Map<number, number>();
  for (const a of own) if (a) votes.set(toDayNumber(a.date), (votes.get(toDayNumber(a.date)) ?? 0) + a.strength);
  let best: number | null = null;
  for (const [day, v] of votes) if (best === null || v > votes.get(best)! || (v === votes.get(best)! && day > best)) best = day;
  if (best === null) return null;
  return own.find((a) => a && toDayNumber(a.date) === best)!.date;
}

/** An article that states a date well after the anchor was written at another time. */
function fits(anchor: Ymd, ev: DateEvidence): boolean {
  const limit = toDayNumber(anchor) + CORPUS_FIT_DAYS;
  return ev.fullDates.every((f) => toDayNumber(parseYmd(f.date)!) <= limit);
}

/**
 * The day the article was written, given the anchor event: mentions of the
 * anchor's weekday only in the future put the article before it, any in the past on it;
 * the latest past weekday before the anchor ("confirmed Saturday") is the day
 * of writing.
 */
export function placeAround(anchor: Ymd, ev: DateEvidence): Ymd {
  const wdA = weekday(anchor);
  const plain = ev.weekdays.filter((w) => w.modifier === null || w.modifier === 'this');
  const day = formatDay(anchor);
  const same = [...plain.filter((w) => w.weekday === wdA), ...ev.fullDates.filter((f) => !f.removed && f.date === day)];
  const future = same.filter((w) => w.tense === 'future').length;
  const past = same.filter((w) => w.tense === 'past').length;
  // Past and future mentions of the anchor's weekday together mean the article was written that day.
  if (past > 0) return anchor;
  const before = plain
    .filter((w) => w.weekday !== wdA && w.tense === 'past')
    .map((w) => addDays(anchor, -((wdA - w.weekday + 7) % 7)));
  if (before.length > 0) return before.reduce((a, b) => (toDayNumber(b) > toDayNumber(a) ? b : a));
  return future > 0 ? addDays(anchor, -1) : anchor;
}

function latestFullDate(ev: DateEvidence): string | null {
  const body = ev.fullDates.filter((f) => !f.removed);
  const pool = body.length > 0 ? body : ev.fullDates;
  if (pool.length === 0) return null;
  return pool.map((f) => f.date).reduce((a, b) => (b > a ? b : a));
}
