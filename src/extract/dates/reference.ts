// The cross-article barrier: one reference date per article. Order of trust:
// the --reference-date flag, a stated publication date (metadata, a date-only
// line, a dateline), the article's own anchor (a date whose weekday it
// states), the anchor most of the batch supports, the article's latest
// explicit date, nothing. Years come from the article's latest explicit date,
// else from the batch: a bare year of the body is as often history.
import type { ReferenceDate } from '../../types.js';
import { addDays, formatDay, isValid, parseYmd, toDayNumber, weekday, type Ymd } from './calendar.js';
import type { DateEvidence } from './evidence.js';

export interface Anchor {
  date: Ymd;
  strength: number;
}

/** A corpus anchor never places an article that states a date this many days after it. */
const CORPUS_FIT_DAYS = 14;
/** Anchors this close together describe the same news week and support each other. */
const SUPPORT_DAYS = 7;
/** Weight of a stated publication date against a weekday–date anchor (3 in the body, 2 in a caption). */
const STATED_STRENGTH = 4;

export function assignReferenceDates(evidence: DateEvidence[], override?: string): (ReferenceDate | null)[] {
  const forced = override ? parseYmd(override) : null;
  if (forced) return evidence.map(() => ({ date: formatDay(forced), basis: 'reference-date' }));
  const ownYears = evidence.map((ev) => ev.publishedAt?.value.slice(0, 4) ?? ev.statedLine?.date.slice(0, 4) ?? ev.currentYear);
  const corpusYear = voteYear(evidence, ownYears.map((y) => (y === null ? null : Number(y))));
  const years = evidence.map((ev, i) => (ownYears[i] !== null ? Number(ownYears[i]) : (corpusYear ?? latestBareYear(ev))));
  const stated = evidence.map((ev, i) => statedDate(ev, years[i] ?? null));
  const own = evidence.map((ev, i) => ownAnchor(ev, years[i] ?? null));
  const shared = corpusAnchor(own, stated);
  return evidence.map((ev, i): ReferenceDate | null => {
    const s = stated[i];
    if (s) return { date: formatDay(s.date), basis: s.basis };
    const anchor = own[i];
    if (anchor) return { date: formatDay(notBefore(placeAround(anchor.date, ev, true), ev)), basis: 'inferred' };
    if (shared && fits(shared.date, ev)) return { date: formatDay(notBefore(placeAround(shared.date, ev, shared.reportedPast), ev)), basis: 'corpus' };
    const latest = latestFullDate(ev);
    return latest ? { date: latest, basis: 'inferred' } : null;
  });
}

function statedDate(ev: DateEvidence, year: number | null): { date: Ymd; basis: 'metadata' | 'text' } | null {
  if (ev.publishedAt) return { date: parseYmd(ev.publishedAt.value)!, basis: ev.publishedAt.basis };
  if (ev.statedLine) return { date: parseYmd(ev.statedLine.date)!, basis: 'text' };
  const d = ev.dateline;
  const y = d?.year ?? year;
  if (d && y !== null && isValid(y, d.month, d.day)) return { date: { y, m: d.month, d: d.day }, basis: 'text' };
  return null;
}

/** The year most articles live in, each weighted by how firmly it states it. */
function voteYear(evidence: DateEvidence[], years: (number | null)[]): number | null {
  const votes = new Map<number, number>();
  evidence.forEach((ev, i) => {
    const y = years[i];
    if (y === null || y === undefined) return;
    const w = ev.publishedAt || ev.statedLine ? STATED_STRENGTH : 1;
    votes.set(y, (votes.get(y) ?? 0) + w);
  });
  let best: number | null = null;
  for (const [y, v] of votes) if (best === null || v > votes.get(best)! || (v === votes.get(best)! && y > best)) best = y;
  return best;
}

/** With no other clue, the latest year the article names, which is at least not after the story. */
function latestBareYear(ev: DateEvidence): number | null {
  return ev.years.length > 0 ? Math.max(...ev.years) : null;
}

/**
 * A date whose weekday the article states: "Tuesday, December 7, 2021", or
 * "on Tuesday, Sept. 14" with the year taken from the article (or batch) year
 * or one of its neighbours, whichever puts the date on that weekday.
 */
export function ownAnchor(ev: DateEvidence, year: number | null = ev.currentYear): Anchor | null {
  const found: Anchor[] = [];
  for (const f of ev.fullDates) {
    if (f.weekday !== null) found.push({ date: parseYmd(f.date)!, strength: f.removed ? 2 : 3 });
  }
  if (year !== null) {
    for (const md of ev.monthDays) {
      if (md.weekday === null) continue;
      const fitting = [year, year - 1, year + 1].filter((y) => isValid(y, md.month, md.day) && weekday({ y, m: md.month, d: md.day }) === md.weekday);
      if (fitting.length > 0) found.push({ date: { y: fitting[0]!, m: md.month, d: md.day }, strength: 3 });
    }
  }
  if (found.length === 0) return null;
  return found.reduce((a, b) => (b.strength > a.strength || (b.strength === a.strength && toDayNumber(b.date) > toDayNumber(a.date)) ? b : a));
}

/**
 * The anchor the batch supports most: each article backs every anchor within
 * a week of its own. reportedPast: the articles that state when they were
 * published all wrote on or after it, so the batch reports it as past.
 */
function corpusAnchor(own: (Anchor | null)[], stated: ({ date: Ymd } | null)[]): { date: Ymd; reportedPast: boolean } | null {
  const backers: Anchor[] = [];
  own.forEach((a, i) => {
    const s = stated[i];
    if (s) backers.push({ date: s.date, strength: STATED_STRENGTH });
    else if (a) backers.push(a);
  });
  const events = own.filter((a): a is Anchor => a !== null);
  const candidates = events.length > 0 ? events : backers;
  let best: { a: Anchor; score: number } | null = null;
  for (const a of candidates) {
    const day = toDayNumber(a.date);
    const score = backers.reduce((sum, b) => sum + (Math.abs(toDayNumber(b.date) - day) <= SUPPORT_DAYS ? b.strength : 0), 0);
    const better =
      !best ||
      score > best.score ||
      (score === best.score && (a.strength > best.a.strength || (a.strength === best.a.strength && day > toDayNumber(best.a.date))));
    if (better) best = { a, score };
  }
  if (!best) return null;
  const day = toDayNumber(best.a.date);
  const near = stated.filter((s): s is { date: Ymd } => s !== null && Math.abs(toDayNumber(s.date) - day) <= SUPPORT_DAYS);
  return { date: best.a.date, reportedPast: near.length > 0 && near.every((s) => toDayNumber(s.date) >= day) };
}

/** An article that states a date well after the anchor was written at another time. */
function fits(anchor: Ymd, ev: DateEvidence): boolean {
  const limit = toDayNumber(anchor) + CORPUS_FIT_DAYS;
  return ev.fullDates.every((f) => toDayNumber(parseYmd(f.date)!) <= limit);
}

/** An article is never written before a date it reports as past (or states without tense). */
function notBefore(ref: Ymd, ev: DateEvidence): Ymd {
  let out = ref;
  for (const f of ev.fullDates) {
    if (f.tense === 'future') continue;
    const d = parseYmd(f.date)!;
    if (toDayNumber(d) > toDayNumber(out) && toDayNumber(d) - toDayNumber(ref) <= CORPUS_FIT_DAYS) out = d;
  }
  return out;
}

/**
 * The day the article was written, given the anchor event. Mentions of the
 * anchor's weekday in both past and future put the article on it; only in
 * the future, before it. Other weekdays reported in the past date the writing:
 * before an anchor the articles build up to, or on its nearer side when the
 * story runs forward from it (the article's own dated event, or a batch
 * event every stated publication follows): "Tuesday, Sept. 13 … on Thursday".
 */
export function placeAround(anchor: Ymd, ev: DateEvidence, forward = false): Ymd {
  const wdA = weekday(anchor);
  const plain = ev.weekdays.filter((w) => w.modifier === null || w.modifier === 'this');
  const day = formatDay(anchor);
  const anchorMonthDay = ev.monthDays.filter((m) => m.month === anchor.m && m.day === anchor.d);
  const same = [...plain.filter((w) => w.weekday === wdA), ...ev.fullDates.filter((f) => !f.removed && f.date === day), ...anchorMonthDay];
  const future = same.filter((w) => w.tense === 'future').length;
  const past = same.filter((w) => w.tense === 'past').length;
  const others = plain.filter((w) => w.weekday !== wdA && w.tense === 'past');
  if (past > 0 && future > 0) return anchor;
  if (past > 0 && !forward) return anchor;
  if (forward && future === 0) {
    const after = others.map((w) => (w.weekday - wdA + 7) % 7).filter((n) => n <= 3);
    return after.length > 0 ? addDays(anchor, Math.max(...after)) : anchor;
  }
  const before = others.map((w) => addDays(anchor, -((wdA - w.weekday + 7) % 7)));
  if (before.length > 0) return before.reduce((a, b) => (toDayNumber(b) > toDayNumber(a) ? b : a));
  return future > 0 ? addDays(anchor, -1) : anchor;
}

function latestFullDate(ev: DateEvidence): string | null {
  const body = ev.fullDates.filter((f) => !f.removed);
  const pool = body.length > 0 ? body : ev.fullDates;
  if (pool.length === 0) return null;
  return pool.map((f) => f.date).reduce((a, b) => (b > a ? b : a));
}
