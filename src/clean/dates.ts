// Publication dates the text states outright: "Published: Dec. 7, 2021",
// "Updated 2021-12-07", or a line that is nothing but a date and a time.
import { loadData } from '../data.js';

interface DateLexicon {
  months: Record<string, number>;
  weekdays: string[];
  publishedPrefixes: { re: string };
  updatedPrefixes: { re: string };
  timestampExtras: { bylineLabels: string[]; relativeUpdate: string };
}

interface Compiled {
  monthFirst: RegExp;
  dayFirst: RegExp;
  iso: RegExp;
  weekday: RegExp;
  published: RegExp;
  updated: RegExp;
  bylineSegment: RegExp;
  relativeUpdate: RegExp;
  months: Record<string, number>;
}

let compiled: Compiled | null = null;

function get(): Compiled {
  if (!compiled) {
    const data = loadData<DateLexicon>('clean-metadata');
    const month = `(${Object.keys(data.months).sort((a, b) => b.length - a.length).join('|')})`;
    compiled = {
      monthFirst: new RegExp(`\\b${month}\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})\\b`, 'iu'),
      dayFirst: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}${month}\\.?,?\\s{1,3}(\\d{4})\\b`, 'iu'),
      iso: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u,
      weekday: new RegExp(`\\b(?:${data.weekdays.join('|')})\\b\\.?`, 'giu'),
      published: new RegExp(data.publishedPrefixes.re, 'iu'),
      updated: new RegExp(data.updatedPrefixes.re, 'iu'),
      bylineSegment: new RegExp(`^(?:${data.timestampExtras.bylineLabels.join('|')})\\s{0,2}:?\\s{1,2}\\S.{0,60}$`, 'iu'),
      relativeUpdate: new RegExp(data.timestampExtras.relativeUpdate, 'giu'),
      months: data.months,
    };
  }
  return compiled;
}

export interface FoundDate {
  value: string;
  index: number;
  length: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The first full calendar date (day, month and year) written in the text. */
export function findDate(text: string): FoundDate | null {
  // Every form below has a four-digit year: without one there is no date to find.
  if (!FOUR_DIGITS.test(text)) return null;
  const c = get();
  const candidates: FoundDate[] = [];
  const mf = c.monthFirst.exec(text);
  if (mf) {
    const [y, m, d] = [Number(mf[3]), c.months[mf[1]!.toLowerCase()] ?? 0, Number(mf[2])];
    if (valid(y, m, d)) candidates.push({ value: `${y}-${pad(m)}-${pad(d)}`, index: mf.index, length: mf[0].length });
  }
  const df = c.dayFirst.exec(text);
  if (df) {
    const [y, m, d] = [Number(df[3]), c.months[df[2]!.toLowerCase()] ?? 0, Number(df[1])];
    if (valid(y, m, d)) candidates.push({ value: `${y}-${pad(m)}-${pad(d)}`, index: df.index, length: df[0].length });
  }
  const iso = c.iso.exec(text);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (valid(y, m, d)) candidates.push({ value: `${y}-${pad(m)}-${pad(d)}`, index: iso.index, length: iso[0].length });
  }
  // "14.10.2031": a dotted numeric date is written day first wherever it is used.
  const dotted = DOTTED.exec(text);
  if (dotted) {
    const [y, m, d] = [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])];
    if (valid(y, m, d)) candidates.push({ value: `${y}-${pad(m)}-${pad(d)}`, index: dotted.index, length: dotted[0].length });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

const FOUR_DIGITS = /\d{4}/;
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)/u;
const TIME = /\b\d{1,2}[:.]\d{2}(?:\s?(?:am|pm|a\.m\.|p\.m\.))?(?:\s?(?:GMT[+-]\d{1,2}|UTC[+-]\d{1,2}|[A-Z]{2,4}))?/giu;

const MAX_STAMP = 60;
const MAX_STAMP_WITH_BYLINE = 110;

/**
 * A line that is only a date (with weekday, time and zone) and perhaps a
 * relative revision note ("Updated 2 hours ago") or a labelled byline after
 * a bar ("| Author: Agency"): a page timestamp.
 */
export function dateOnlyLine(folded: string): string | null {
  if (folded.length > MAX_STAMP_WITH_BYLINE) return null;
  // findDate below needs four digits in a row, and the text it reads is a
  // piece of this line with some words replaced by a space (which cannot
  // join digits): a line without four digits in a row has no date.
  if (!FOUR_DIGITS.test(folded)) return null;
  const c = get();
  const parts = folded.split(/\s\|\s/u);
  const stamp = parts.filter((p) => !c.bylineSegment.test(p.trim()));
  // Only the stamp segment itself may be left once the labelled bylines are set aside.
  if (stamp.length !== 1 || (parts.length === 1 && folded.length > MAX_STAMP)) return null;
  const text = stamp[0]!.replace(c.relativeUpdate, ' ');
  if (text.length > MAX_STAMP) return null;
  const found = findDate(text);
  if (!found) return null;
  const rest = (text.slice(0, found.index) + ' ' + text.slice(found.index + found.length))
    .replace(get().weekday, ' ')
    .replace(TIME, ' ')
    .replace(/\b(?:at|on)\b/giu, ' ')
    .replace(/[\s,.|\-–—:/()•·]+/gu, '');
  return rest === '' ? found.value : null;
}

export interface StatedDate {
  value: string;
  kind: 'published' | 'updated' | 'timestamp';
}

/** A publication date stated by a labelled line or a bare timestamp line. */
export function statedDate(folded: string): StatedDate | null {
  // Each branch ends in findDate on a piece of the line (dateOnlyLine too):
  // without four digits in a row there is nothing to find.
  if (!FOUR_DIGITS.test(folded)) return null;
  const c = get();
  const published = c.published.exec(folded);
  const pd = published ? findDate(published[1]!) : null;
  if (pd) return { value: pd.value, kind: 'published' };
  const updated = c.updated.exec(folded);
  const ud = updated ? findDate(updated[1]!) : null;
  if (ud) return { value: ud.value, kind: 'updated' };
  const only = dateOnlyLine(folded);
  return only ? { value: only, kind: 'timestamp' } : null;
}

/** Normalises a metadata date ("2021-12-07T10:00:00Z", "Dec 7, 2021") to YYYY-MM-DD. */
export function normaliseDate(value: string): string | null {
  return findDate(value)?.value ?? null;
}

/** True when a written date (month name, day, year) closes the line, as in picture captions. */
export function endsWithFullDate(folded: string): boolean {
  const tail = folded.slice(-32);
  const found = findDate(tail);
  if (!found) return false;
  const rest = tail.slice(found.index + found.length);
  return /^[\s.)]{0,3}$/u.test(rest) && /\p{L}/u.test(tail.slice(found.index, found.index + found.length));
}

/** True when the line holds a written date (month name, day and year). */
export function hasFullDate(folded: string): boolean {
  const found = findDate(folded);
  return found !== null && /\p{L}/u.test(folded.slice(found.index, found.index + found.length));
}
