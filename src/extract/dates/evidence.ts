// Plain facts about one article that bear on when it was written; the
// cross-article barrier (reference.ts) weighs them.
import type { Segmented } from '../../types.js';
import { analyse, dayFirstOf } from './analyse.js';
import { formatDay, isValid, parseYmd, weekday } from './calendar.js';
import { findDates, type DateMention, type Modifier } from './find.js';
import { PUBLISHED_WORDS, UPDATED_WORDS } from './lexicon.js';
import type { Tense } from './tense.js';

export interface DateEvidence {
  /** A publication date stated by metadata or by the clean stage. */
  publishedAt: { value: string; basis: 'metadata' | 'text' } | null;
  /** A line that holds only a full date and publication words ("Published 16/09/2022 10:42"). */
  statedLine: { date: string; updated: boolean } | null;
  /** The day of a dateline ("QUITO, Sept 14 (Reuters) -"); its year when written. */
  dateline: { month: number; day: number; year: number | null } | null;
  /** Explicit dates with a year; removed lines (captions) are weaker evidence. */
  fullDates: { date: string; weekday: number | null; removed: boolean; tense: Tense }[];
  /** "December 7" without a year, with the weekday written beside it if any. */
  monthDays: { month: number; day: number; weekday: number | null; tense: Tense }[];
  /** Weekday mentions in the body with the tense of their clause. */
  weekdays: { weekday: number; modifier: Modifier; tense: Tense }[];
  /** Years the body mentions (bare or inside dates). */
  years: number[];
  /**
   * The year the article most likely lives in: that of its latest explicit
   * date with a month (body, captions, datelines, copyright lines), never a
   * bare year of the body, which is as often history ("the 2016 earthquake").
   */
  currentYear: number | null;
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
  const dayFirst = dayFirstOf(seg);
  const ev: DateEvidence = { publishedAt, statedLine: null, dateline: null, fullDates: [], monthDays: [], weekdays: [], years: [], currentYear: null };
  const recent: number[] = [];
  for (const m of analyse(seg)) {
    const f = m.form;
    if (f.kind === 'full') addFull(ev, f.y, f.m, f.d, f.weekday, false, m.tense);
    else if (f.kind === 'monthDay') ev.monthDays.push({ month: f.m, day: f.d, weekday: f.weekday, tense: m.tense });
    else if (f.kind === 'weekday') ev.weekdays.push({ weekday: f.weekday, modifier: f.modifier, tense: m.tense });
    if ((f.kind === 'full' || f.kind === 'year' || f.kind === 'monthYear') && !ev.years.includes(f.y)) ev.years.push(f.y);
    if (f.kind === 'full' || f.kind === 'monthYear') recent.push(f.y);
  }
  for (const r of seg.clean.removed) {
    for (const m of findDates(r.text, 0, { dayFirst })) {
      if (m.form.kind === 'full') addFull(ev, m.form.y, m.form.m, m.form.d, m.form.weekday, true, null);
      if (m.form.kind === 'full' || m.form.kind === 'monthYear') recent.push(m.form.y);
      // "© 2022 Example Media": a copyright line names the current year.
      if (m.form.kind === 'year' && /©|copyright/iu.test(r.text)) recent.push(m.form.y);
    }
  }
  ev.statedLine = statedLine(seg, dayFirst);
  if (ev.statedLine) recent.push(Number(ev.statedLine.date.slice(0, 4)));
  ev.dateline = dateline(seg);
  if (ev.dateline?.year) recent.push(ev.dateline.year);
  ev.currentYear = recent.length > 0 ? Math.max(...recent) : null;
  return ev;
}

function addFull(ev: DateEvidence, y: number, m: number, d: number, wd: number | null, removed: boolean, tense: Tense): void {
  if (!isValid(y, m, d)) return;
  const v = { y, m, d };
  // A weekday that contradicts the date is a typo; keep the date, drop the weekday.
  ev.fullDates.push({ date: formatDay(v), weekday: wd !== null && wd === weekday(v) ? wd : null, removed, tense });
}

const MAX_LINE = 120;
const TIME_ZONE = /^\p{Lu}{2,5}$/u;

/**
 * The first line, kept or removed, that holds a full date and nothing else
 * but publication words, clock times and time zones. A "published" line wins
 * over an "updated" one.
 */
function statedLine(seg: Segmented, dayFirst: boolean): DateEvidence['statedLine'] {
  let updated: DateEvidence['statedLine'] = null;
  for (const line of seg.clean.lines) {
    if (line.text.length > MAX_LINE || !/\d{4}/.test(line.text)) continue;
    // "Explainer | Updated Thursday 13 August 2026": each field of a meta line on its own.
    for (const field of line.text.split(FIELD_SEPARATOR)) {
      if (!/\d{4}/.test(field)) continue;
      const mentions = findDates(field, 0, { dayFirst });
      const full = mentions.find((m) => m.form.kind === 'full');
      if (!full || full.form.kind !== 'full' || !isValid(full.form.y, full.form.m, full.form.d)) continue;
      const kind = leftoverKind(field, mentions);
      if (kind === null) continue;
      const date = formatDay(full.form);
      if (kind === 'published') return { date, updated: false };
      updated ??= { date, updated: true };
    }
  }
  return updated;
}

/** Fields of a meta line: "Analysis | 6 May 2025", "News · Updated 3 May 2025". */
const FIELD_SEPARATOR = /\s[|•·]\s/u;

function leftoverKind(text: string, mentions: DateMention[]): 'published' | 'updated' | null {
  let rest = '';
  let at = 0;
  for (const m of mentions) {
    rest += ` ${text.slice(at, m.start)} `;
    at = m.end;
  }
  rest += text.slice(at);
  let kind: 'published' | 'updated' = 'published';
  let sawUpdated = false;
  let sawPublished = false;
  for (const w of rest.match(/[\p{L}\p{N}.]+/gu) ?? []) {
    const low = w.toLowerCase().replace(/\.$/, '');
    if (low === '') continue;
    if (/^\d{1,2}$/.test(low) || /^\d{1,2}[.:]\d{2}$/.test(low) || TIME_ZONE.test(w)) continue;
    if (UPDATED_WORDS.has(low)) sawUpdated = true;
    else if (PUBLISHED_WORDS.has(low)) sawPublished ||= low === 'published' || low === 'posted';
    else return null;
  }
  // "16/09/2022 | Updated 16/09/2022": the first date is the publication.
  if (sawUpdated && !sawPublished && mentions.length < 2) kind = 'updated';
  return kind;
}

/** "QUITO, Sept 14 (Reuters) -": capitals, a comma, a date, an optional bracket, a dash. */
const DATELINE_HEAD = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40},\s{1,2}$/u;
const DATELINE_TAIL = /^\s{0,2}(?:\([^()\n]{1,40}\))?\s{0,2}[-–—]/u;

function dateline(seg: Segmented): DateEvidence['dateline'] {
  for (const m of analyse(seg).slice(0, 12)) {
    const p = seg.paragraphs.find((q) => q.start <= m.start && m.start < q.end);
    if (!p || m.start - p.start > 45) continue;
    const head = p.text.slice(0, m.start - p.start);
    const tail = p.text.slice(m.end - p.start, m.end - p.start + 50);
    if (!DATELINE_HEAD.test(head) || !DATELINE_TAIL.test(tail)) continue;
    if (m.form.kind === 'monthDay') return { month: m.form.m, day: m.form.d, year: null };
    if (m.form.kind === 'full') return { month: m.form.m, day: m.form.d, year: m.form.y };
  }
  return null;
}
