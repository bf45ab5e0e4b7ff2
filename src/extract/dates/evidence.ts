// Plain facts about one article that bear on when it was written; the
// cross-article barrier (reference.ts) weighs them.
import type { Segmented } from '../../types.js';
import { analyse } from './analyse.js';
import { formatDay, isValid, parseYmd, weekday } from './calendar.js';
import { findDates, type Modifier } from './find.js';
import type { Tense } from './tense.js';

export interface DateEvidence {
  /** A publication date stated by metadata or by the text itself. */
  publishedAt: { value: string; basis: 'metadata' | 'text' } | null;
  /** Explicit dates with a year; removed lines (captions) are weaker evidence. */
  fullDates: { date: string; weekday: number | null; removed: boolean; tense: Tense }[];
  /** "December 7" without a year, with the weekday written beside it if any. */
  monthDays: { month: number; day: number; weekday: number | null; tense: Tense }[];
  /** Weekday mentions in the body with the tense of their clause. */
  weekdays: { weekday: number; modifier: Modifier; tense: Tense }[];
  /** Years the body mentions (bare or inside dates). */
  years: number[];
}

function isoDay(value: string | undefined): string | null {
  if (!value) return null;
  const day = value.slice(0, 10);
  return parseYmd(day) ? day : null;
}

export function dateEvidence(seg: Segmented): DateEvidence {
  const meta = isoDay(seg.clean.doc.meta?.publishedAt);
  const stated = isoDay(seg.clean.publishedAt?.value);
  const publishedAt = meta ? { value: meta, basis: 'metadata' as const } : stated ? { value: stated, basis: 'text' as const } : null;
  const ev: DateEvidence = { publishedAt, fullDates: [], monthDays: [], weekdays: [], years: [] };
  for (const m of analyse(seg)) {
    const f = m.form;
    if (f.kind === 'full') addFull(ev, f.y, f.m, f.d, f.weekday, false, m.tense);
    else if (f.kind === 'monthDay') ev.monthDays.push({ month: f.m, day: f.d, weekday: f.weekday, tense: m.tense });
    else if (f.kind === 'weekday') ev.weekdays.push({ weekday: f.weekday, modifier: f.modifier, tense: m.tense });
    if ((f.kind === 'full' || f.kind === 'year' || f.kind === 'monthYear') && !ev.years.includes(f.y)) ev.years.push(f.y);
  }
  for (const r of seg.clean.removed) {
    for (const m of findDates(r.text, 0)) {
      if (m.form.kind === 'full') addFull(ev, m.form.y, m.form.m, m.form.d, m.form.weekday, true, null);
    }
  }
  return ev;
}

function addFull(ev: DateEvidence, y: number, m: number, d: number, wd: number | null, removed: boolean, tense: Tense): void {
  if (!isValid(y, m, d)) return;
  const v = { y, m, d };
  // A weekday that contradicts the date is a typo; keep the date, drop the weekday.
  ev.fullDates.push({ date: formatDay(v), weekday: wd !== null && wd === weekday(v) ? wd : null, removed, tense });
}
