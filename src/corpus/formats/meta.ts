// Helpers shared by the container formats (HTML, JSON) that carry article
// metadata next to the text.
import type { Document } from '../../types.js';

export type DocMeta = NonNullable<Document['meta']>;

/** What one container entry yields: the article text or why it cannot be used. */
export type Parsed = { ok: true; text: string; meta: DocMeta; warnings: string[] } | { ok: false; message: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/u;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:T|\s|$)/u;
const DAY_MONTH = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s{1,3}([A-Za-z]{3,9})\.?,?\s{1,3}(\d{4})\b/u;
const MONTH_DAY = /\b([A-Za-z]{3,9})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})\b/u;

/**
 * A publication date as YYYY-MM-DD, or null. The calendar day is taken as
 * written, never shifted to another time zone: "2024-03-05T23:30:00-05:00"
 * is the 5th for the publisher who wrote it.
 */
export function isoDay(value: string): string | null {
  const v = value.slice(0, 80);
  let m = ISO.exec(v) ?? COMPACT.exec(v);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = DAY_MONTH.exec(v);
  if (m) return ymd(+m[3]!, monthOf(m[2]!), +m[1]!);
  m = MONTH_DAY.exec(v);
  if (m) return ymd(+m[3]!, monthOf(m[1]!), +m[2]!);
  return null;
}

function monthOf(name: string): number {
  const lower = name.toLowerCase();
  const i = MONTHS.indexOf(lower.slice(0, 3));
  // "Mayor 12, 2024" is not a date: a full name must be a real month's prefix-extension.
  if (i === -1 || (lower.length > 3 && !fullMonth(lower, i))) return 0;
  return i + 1;
}

const FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function fullMonth(lower: string, i: number): boolean {
  return FULL[i]!.startsWith(lower) || (i === 8 && lower === 'sept');
}

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whitespace runs (including no-break spaces and line ends) become one space. */
export function squash(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/**
 * The comparison key the clean stage uses to find a headline among the
 * lines: lowercase words, punctuation ignored.
 */
export function titleKey(s: string): string {
  return s.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+){0,4}/gu)?.join(' ') ?? '';
}

export function isWebUrl(s: string): boolean {
  return /^https?:\/\/[^\s/]{1,253}/iu.test(s);
}

/** Drops empty fields so a document without container metadata has none. */
export function compactMeta(meta: DocMeta): DocMeta | undefined {
  const out: DocMeta = {};
  if (meta.title) out.title = meta.title;
  if (meta.publishedAt) out.publishedAt = meta.publishedAt;
  if (meta.outlet) out.outlet = meta.outlet;
  if (meta.url) out.url = meta.url;
  if (meta.authors && meta.authors.length > 0) out.authors = meta.authors;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Names from an author field: "A; B", "A and B" and lists all occur. */
export function authorNames(values: string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    // Author fields are short; the cap keeps the split linear on junk.
    for (const part of v.slice(0, 500).split(/\s*[;|]\s*|\s*,\s*(?:and\s+)?|\s+and\s+/u)) {
      const name = squash(part.replace(/^by\s+/iu, ''));
      if (name && !isWebUrl(name) && name.length <= 100 && !out.includes(name)) out.push(name);
    }
  }
  return out;
}
