// Finds date expressions in one stretch of text by walking word tokens: no
// regular expression spans more than one word, so the scan stays linear.
import {
  DAY_PARTS,
  MONTHS,
  MONTH_ABBREVIATIONS,
  MONTH_LEAD,
  PART_PHRASES,
  PART_WORDS,
  SEASONS,
  SEASON_LEAD,
  VAGUE_PHRASES,
  WEEKDAYS,
} from './lexicon.js';
import { nextCodePoint, wordEnd } from '../../util/words.js';

export type Part = 'early' | 'late' | 'mid' | null;
export type Modifier = 'last' | 'next' | 'this' | null;

export type DateForm =
  | { kind: 'full'; y: number; m: number; d: number; weekday: number | null }
  | { kind: 'monthDay'; m: number; d: number; weekday: number | null }
  | { kind: 'monthYear'; y: number; m: number }
  | { kind: 'monthRelYear'; m: number; yearOffset: number }
  | { kind: 'month'; m: number; modifier: Modifier }
  | { kind: 'year'; y: number }
  | { kind: 'weekday'; weekday: number; modifier: Modifier }
  | { kind: 'season'; start: number; modifier: Modifier; y: number | null }
  | { kind: 'relative'; unit: 'week' | 'month' | 'year' | 'weekend'; offset: number; within: 'before' | 'after' | null }
  | { kind: 'ago'; n: number; unit: 'day' | 'week' | 'month' | 'year' }
  | { kind: 'deictic'; offset: number }
  | { kind: 'vague' };

export interface DateMention {
  /** Absolute offsets into Document.text. */
  start: number;
  end: number;
  text: string;
  form: DateForm;
  part: Part;
}

interface Tok {
  s: number;
  e: number;
  raw: string;
  low: string;
}

// Maps, not object literals: a word from an article is looked up here, and
// `word in {…}` would also find Object.prototype's keys ("constructor").
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, several: NaN, few: NaN,
}));
const AGO_UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'> = new Map(Object.entries({
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year', decade: 'year', decades: 'year',
} as const));
const REL_UNITS: ReadonlyMap<string, 'week' | 'month' | 'year' | 'weekend'> = new Map(Object.entries({ week: 'week', month: 'month', year: 'year', weekend: 'weekend' } as const));
const DEICTIC: ReadonlyMap<string, number> = new Map(Object.entries({ yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }));
/** Second words of every relative form: "this" (earlier this week), units (next week, two years ago). */
const RELATIVE_SECOND: ReadonlySet<string> = new Set(['this', ...REL_UNITS.keys(), ...AGO_UNITS.keys()]);

/**
 * The words of text as tokens: the matches of [\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*
 * (flag u), read by wordEnd at about half the cost of matchAll, a
 * possessive dropped and a part word ("mid-") split off (pushToken).
 */
export function tokenize(text: string, base: number): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < text.length; ) {
    const end = wordEnd(text, i, isDateJoiner);
    if (end === i) i = nextCodePoint(text, i);
    else {
      pushToken(out, text.slice(i, end), base + i);
      i = end;
    }
  }
  return out;
}

/** ' ’ - join the parts of a word ("Tuesday’s", "mid-September"). */
const isDateJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d;

/** Adds the word raw found at absolute offset at; a hyphenated part word is two tokens. */
function pushToken(out: Tok[], word: string, at: number): void {
  let raw = word;
  // A possessive belongs to the noun phrase, not to the date ("Tuesday’s call").
  if (isPossessive(raw)) raw = raw.slice(0, -2);
  // "mid-September": the part word and the month are two tokens joined by the hyphen.
  const dash = raw.indexOf('-');
  if (dash > 0 && PART_WORDS.has(raw.slice(0, dash).toLowerCase())) {
    out.push({ s: at, e: at + dash, raw: raw.slice(0, dash), low: raw.slice(0, dash).toLowerCase() });
    const rest = raw.slice(dash + 1);
    out.push({ s: at + dash + 1, e: at + raw.length, raw: rest, low: rest.toLowerCase() });
    return;
  }
  out.push({ s: at, e: at + raw.length, raw, low: raw.toLowerCase() });
}

/** Ends in "'s" or "’s" (what /['’]s$/ tests, without running it on every word). */
function isPossessive(raw: string): boolean {
  const n = raw.length;
  if (n < 2 || raw.charCodeAt(n - 1) !== 0x73 /* s */) return false;
  const c = raw[n - 2];
  return c === "'" || c === '’';
}

/** Whether a word starts with an ASCII digit: every numeric form does, so this screens before the regular expressions. */
function digitFirst(low: string): boolean {
  const c = low.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

function isCapitalized(raw: string): boolean {
  return /^\p{Lu}/u.test(raw);
}

function dayNumber(t: Tok | undefined): number | null {
  if (!t || !digitFirst(t.low)) return null;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t.low);
  if (!m) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

export function yearNumber(t: Tok | undefined): number | null {
  if (!t || t.low.length !== 4 || !/^\d{4}$/.test(t.low)) return null;
  const y = Number(t.low);
  return y >= 1800 && y <= 2199 ? y : null;
}

/** Only a gap of spaces and at most one comma may join two tokens of one date. */
function joined(text: string, base: number, a: Tok, b: Tok, allowComma = true): boolean {
  const gap = text.slice(a.e - base, b.s - base);
  return allowComma ? /^\s*,?\s*$/.test(gap) && gap.length <= 3 : /^\s{1,2}$/.test(gap);
}

function gapIs(text: string, base: number, a: Tok, b: Tok, re: RegExp): boolean {
  const gap = text.slice(a.e - base, b.s - base);
  return gap.length <= 4 && re.test(gap);
}

function monthAt(toks: Tok[], i: number, text: string, base: number): { n: number; ambiguous: boolean } | null {
  const t = toks[i]!;
  // The lookups first: most words are no month, and the capital is a regular expression.
  const m = MONTHS.get(t.low);
  if (!m && !MONTH_ABBREVIATIONS.has(t.low)) return null;
  if (!isCapitalized(t.raw)) return null;
  if (m) return m;
  // "Dec." with its dot, or "Sept 14" without one when a day or year follows at once.
  const next = toks[i + 1];
  const dotted = text.charAt(t.e - base) === '.';
  const numbered = next !== undefined && /^\s$/.test(text.slice(t.e - base, next.s - base)) && (dayNumber(next) !== null || yearNumber(next) !== null);
  return dotted || numbered ? (MONTHS.get(t.low) ?? null) : null;
}

function weekdayAt(t: Tok | undefined): number | null {
  if (!t) return null;
  const wd = WEEKDAYS.get(t.low);
  return wd && isCapitalized(t.raw) ? wd.n : null;
}

export interface FindOptions {
  /** How to read an all-numeric date whose first two numbers are both 12 or less ("05/09/2022"). */
  dayFirst?: boolean;
}

/** All date expressions in text, whose first character sits at absolute offset base. */
export function findDates(text: string, base: number, options: FindOptions = {}): DateMention[] {
  const toks = tokenize(text, base);
  const out: DateMention[] = [];
  const dayFirst = options.dayFirst ?? true;
  let i = 0;
  while (i < toks.length) {
    // Most words start no date: one or two lookups pass them (see mayStart).
    if (!mayStart(toks, i)) {
      i++;
      continue;
    }
    const hit = matchNumeric(toks, i, text, base, dayFirst) ?? matchAt(toks, i, text, base, dayFirst);
    if (!hit) {
      i++;
      continue;
    }
    const { startIdx, endIdx, form } = hit;
    const lead = leadingPart(toks, startIdx, text, base);
    const s = toks[lead.idx]!.s;
    const e = toks[endIdx]!.e + (hit.pad ?? 0);
    out.push({ start: s, end: e, text: text.slice(s - base, e - base), form, part: lead.part });
    i = endIdx + 1;
  }
  return out;
}

/** Words at which some matcher of matchAt can start a date (their first lookups, gathered). */
const STARTS: ReadonlySet<string> = new Set([
  ...VAGUE_PHRASES.map((p) => p[0]!),
  'last', 'past', 'previous', 'next', 'coming', 'this', // modifierAt
  ...WEEKDAYS.keys(),
  ...MONTHS.keys(),
  ...MONTH_ABBREVIATIONS,
  ...DEICTIC.keys(),
  ...SEASONS.keys(),
]);
/** Words after the start of a date that some matcher needs: matchRelative's second words, matchSeason's season after a modifier. */
const SECONDS: ReadonlySet<string> = new Set([...RELATIVE_SECOND, ...SEASONS.keys()]);

/**
 * False only when no matcher can return a hit at token i: each one first
 * needs a digit at i (numeric forms, day numbers, years) or the word at i or
 * i + 1 in one of its lookups, all gathered in STARTS and SECONDS.
 */
function mayStart(toks: Tok[], i: number): boolean {
  const low = toks[i]!.low;
  if (digitFirst(low) || STARTS.has(low)) return true;
  const next = toks[i + 1];
  return next !== undefined && SECONDS.has(next.low);
}

function leadingPart(toks: Tok[], i: number, text: string, base: number): { idx: number; part: Part } {
  for (const phrase of PART_PHRASES) {
    const k = i - phrase.length;
    if (k < 0) continue;
    if (phrase.every((w, j) => toks[k + j]!.low === w) && joined(text, base, toks[i - 1]!, toks[i]!, false)) {
      const word = phrase.find((w) => w !== 'the' && w !== 'of' && w !== 'on')!;
      return { idx: k, part: partOf(word) };
    }
  }
  const prev = toks[i - 1];
  if (prev && PART_WORDS.has(prev.low) && (joined(text, base, prev, toks[i]!, false) || gapIs(text, base, prev, toks[i]!, /^-$/))) return { idx: i - 1, part: partOf(prev.low) };
  return { idx: i, part: null };
}

function partOf(word: string): Part {
  if (word === 'early' || word === 'earlier' || word === 'beginning' || word === 'start') return 'early';
  if (word === 'mid' || word === 'middle') return 'mid';
  return 'late';
}

interface Hit {
  startIdx: number;
  endIdx: number;
  form: DateForm;
  /** Characters after the last token that belong to the mention (a closing bracket). */
  pad?: number;
}

/**
 * "2022-09-13", "16/09/2022", "13.09.2022": the order of day and month is read
 * from a number above 12, else from dayFirst.
 */
function matchNumeric(toks: Tok[], i: number, text: string, base: number, dayFirst: boolean): Hit | null {
  const t = toks[i]!;
  // Both forms below start with a digit.
  if (!digitFirst(t.low)) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.low);
  if (iso) {
    const y = Number(iso[1]);
    if (y < 1800 || y > 2199) return null;
    return validFull(i, i, y, Number(iso[2]), Number(iso[3]));
  }
  const b = toks[i + 1];
  const c = toks[i + 2];
  if (!/^\d{1,2}$/.test(t.low) || !b || !c || !/^\d{1,2}$/.test(b.low)) return null;
  const y = yearNumber(c);
  if (y === null) return null;
  const sep = text.slice(t.e - base, b.s - base);
  // "3. 3. 2026": Central European dates put a space after each dot.
  if (!/^(?:[/.]|\. )$/.test(sep) || text.slice(b.e - base, c.s - base) !== sep) return null;
  // A digit or separator around the triple makes it part of a longer number or version.
  if (/[\d/.]/.test(text.charAt(t.s - base - 1)) || /[\d/]/.test(text.charAt(c.e - base))) return null;
  const a = Number(t.low);
  const n = Number(b.low);
  const dFirst = a > 12 ? true : n > 12 ? false : dayFirst;
  return dFirst ? validFull(i, i + 2, y, n, a) : validFull(i, i + 2, y, a, n);
}

function validFull(startIdx: number, endIdx: number, y: number, m: number, d: number): Hit | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { startIdx, endIdx, form: { kind: 'full', y, m, d, weekday: null } };
}

/**
 * "14 September", "13th of September", "14 September 2022", starting at the
 * day number; "16-17 May" (one token) reads its first day. dotted: the day may
 * carry the dot of a machine-translated ordinal ("17. May", German "17. Mai").
 */
function dayMonth(toks: Tok[], i: number, text: string, base: number, wd: number | null, dotted = false): { endIdx: number; form: DateForm } | null {
  const d = dayNumber(toks[i]) ?? daySpanStart(toks[i]);
  if (d === null || !toks[i + 1]) return null;
  let k = i + 1;
  if (toks[k]!.low === 'of' && toks[k + 1] && joined(text, base, toks[i]!, toks[k]!, false)) k++;
  const gapOk = joined(text, base, toks[k - 1]!, toks[k]!, false) || (dotted && k === i + 1 && gapIs(text, base, toks[i]!, toks[k]!, DOTTED_GAP));
  if (!gapOk || !monthAt(toks, k, text, base)) return null;
  const m = monthAt(toks, k, text, base)!.n;
  const y = yearNumber(toks[k + 1]);
  if (y !== null && joined(text, base, toks[k]!, toks[k + 1]!)) return { endIdx: k + 1, form: { kind: 'full', y, m, d, weekday: wd } };
  return { endIdx: k, form: { kind: 'monthDay', m, d, weekday: wd } };
}

/** "16-17": the first day of a span of days written as one token. */
function daySpanStart(t: Tok | undefined): number | null {
  if (!t || !digitFirst(t.low)) return null;
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(t.low);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a >= 1 && a < b && b <= 31 ? a : null;
}

const DOTTED_GAP = /^\.\s{1,2}$/;
/** A dot (a machine-translated ordinal), spaces, an optional comma or dash between two days of a list. */
const DAY_LIST_GAP = /^\.?\s{0,2}[,–-]?\s{0,2}$/u;
const DAY_LIST_WORDS: ReadonlySet<string> = new Set(['and', 'to', 'until', 'till', 'through', 'or']);
/** Words after which a dotted day is a date ("on 17. May"), not a sentence end. */
const DOTTED_DAY_LEADS: ReadonlySet<string> = new Set(['on', 'for', 'from', 'until', 'till', 'since', 'by', 'before', 'after', 'to', 'of']);

/**
 * "16 and 17 May", "16, 17 and 18 May", "16–17 May", "16. and 17. May": a
 * list or span of days before one month, read as its first day (where the
 * event starts). Days rise along the list; at most six.
 */
function dayList(toks: Tok[], i: number, text: string, base: number): { endIdx: number; form: DateForm } | null {
  const d = dayNumber(toks[i]);
  if (d === null) return null;
  let last = d;
  let k = i;
  for (let n = 0; n < 6; n++) {
    let j = k + 1;
    if (!toks[j]) return null;
    if (DAY_LIST_WORDS.has(toks[j]!.low)) {
      if (!gapIs(text, base, toks[k]!, toks[j]!, DAY_LIST_GAP)) return null;
      j++;
      if (!toks[j] || !joined(text, base, toks[j - 1]!, toks[j]!, false)) return null;
    } else if (!gapIs(text, base, toks[k]!, toks[j]!, DAY_LIST_GAP) || gapIs(text, base, toks[k]!, toks[j]!, /^\s*$/)) return null;
    const next = dayNumber(toks[j]);
    if (next === null || next <= last) return null;
    last = next;
    k = j;
    const dm = dayMonth(toks, k, text, base, null, true);
    if (dm) {
      const form = dm.form.kind === 'full' || dm.form.kind === 'monthDay' ? { ...dm.form, d } : dm.form;
      return { endIdx: dm.endIdx, form };
    }
  }
  return null;
}

function matchAt(toks: Tok[], i: number, text: string, base: number, dayFirst = true): Hit | null {
  return (
    matchVague(toks, i) ??
    matchCalendar(toks, i, text, base, dayFirst) ??
    matchRelative(toks, i, text, base) ??
    matchSeason(toks, i, text, base) ??
    matchYear(toks, i, text, base)
  );
}

/** VAGUE_PHRASES by first word, each list in the order of VAGUE_PHRASES (longest first). */
const VAGUE_BY_FIRST = new Map<string, string[][]>();
for (const phrase of VAGUE_PHRASES) {
  const list = VAGUE_BY_FIRST.get(phrase[0]!);
  if (list) list.push(phrase);
  else VAGUE_BY_FIRST.set(phrase[0]!, [phrase]);
}

function matchVague(toks: Tok[], i: number): Hit | null {
  const phrases = VAGUE_BY_FIRST.get(toks[i]!.low);
  if (!phrases) return null;
  for (const phrase of phrases) {
    if (i + phrase.length > toks.length) continue;
    if (phrase.every((w, j) => toks[i + j]!.low === w)) return { startIdx: i, endIdx: i + phrase.length - 1, form: { kind: 'vague' } };
  }
  return null;
}

function modifierAt(t: Tok | undefined): Modifier {
  if (!t) return null;
  if (t.low === 'last' || t.low === 'past' || t.low === 'previous') return 'last';
  if (t.low === 'next' || t.low === 'coming') return 'next';
  if (t.low === 'this') return 'this';
  return null;
}

function matchCalendar(toks: Tok[], i: number, text: string, base: number, dayFirst: boolean): Hit | null {
  let k = i;
  let wd: number | null = null;
  let modifier: Modifier = null;
  const mod = modifierAt(toks[k]);
  if (mod && toks[k + 1] && weekdayAt(toks[k + 1]) !== null && joined(text, base, toks[k]!, toks[k + 1]!, false)) {
    modifier = mod;
    k++;
  }
  wd = weekdayAt(toks[k]);
  if (wd !== null) {
    const next = toks[k + 1];
    if (modifier === null && next && joined(text, base, toks[k]!, next) && monthAt(toks, k + 1, text, base)) {
      const full = monthDayYear(toks, k + 1, text, base, wd);
      if (full) return { startIdx: k, endIdx: full.endIdx, form: full.form };
    }
    // "Tuesday 14 September", "Tuesday, 13 of September"
    if (modifier === null && next && joined(text, base, toks[k]!, next)) {
      const dm = dayMonth(toks, k + 1, text, base, wd);
      if (dm) return { startIdx: k, endIdx: dm.endIdx, form: dm.form };
      // "Thursday 8. 10. 2026", "Thursday, 08/10/2026": the weekday names the numeric date beside it.
      const numeric = digitFirst(next.low) ? matchNumeric(toks, k + 1, text, base, dayFirst) : null;
      if (numeric && numeric.form.kind === 'full') return { startIdx: k, endIdx: numeric.endIdx, form: { ...numeric.form, weekday: wd } };
    }
    // "on Tuesday (Sept. 14)": the bracket names the same day.
    if (modifier === null && next && gapIs(text, base, toks[k]!, next, /^\s?\($/)) {
      const inner = (monthAt(toks, k + 1, text, base) ? monthDayYear(toks, k + 1, text, base, wd) : null) ?? dayMonth(toks, k + 1, text, base, wd);
      const close = inner ? /^\.?\)/.exec(text.slice(toks[inner.endIdx]!.e - base)) : null;
      if (inner && close) return { startIdx: k, endIdx: inner.endIdx, form: inner.form, pad: close[0].length };
    }
    let end = k;
    if (next && DAY_PARTS.has(next.low) && joined(text, base, toks[k]!, next, false)) {
      end = k + 1;
      // "Sunday afternoon, 9 August": the date beside the day part names the same day.
      const after = toks[end + 1];
      if (modifier === null && after && joined(text, base, toks[end]!, after)) {
        const dm = dayMonth(toks, end + 1, text, base, wd) ?? (monthAt(toks, end + 1, text, base) ? monthDayYear(toks, end + 1, text, base, wd) : null);
        if (dm) return { startIdx: i, endIdx: dm.endIdx, form: dm.form };
      }
    }
    return { startIdx: i, endIdx: end, form: { kind: 'weekday', weekday: wd, modifier } };
  }
  // "7 December 2021", "the 13th of September", "16 and 17 May", "on 17. May"
  const lead = toks[i - 1];
  const dotted = lead !== undefined && DOTTED_DAY_LEADS.has(lead.low);
  const dm = dayMonth(toks, i, text, base, null, dotted) ?? dayList(toks, i, text, base);
  if (dm) return { startIdx: i, endIdx: dm.endIdx, form: dm.form };
  const month = monthAt(toks, i, text, base);
  if (month) return monthForm(toks, i, text, base, month, mod ? null : modifierAt(toks[i - 1]));
  if (mod && toks[k + 1] && joined(text, base, toks[k]!, toks[k + 1]!, false)) {
    const m2 = monthAt(toks, k + 1, text, base);
    if (m2) return { startIdx: i, endIdx: k + 1, form: { kind: 'month', m: m2.n, modifier: mod } };
  }
  return null;
}

function monthDayYear(toks: Tok[], i: number, text: string, base: number, wd: number | null): { endIdx: number; form: DateForm } | null {
  const m = monthAt(toks, i, text, base)!.n;
  const d = dayNumber(toks[i + 1]) ?? daySpanStart(toks[i + 1]);
  // The dot of an abbreviated month ("Sept. 13") sits in the gap.
  if (d === null || !gapIs(text, base, toks[i]!, toks[i + 1]!, /^\.?\s{1,2}$/)) return null;
  const y = yearNumber(toks[i + 2]);
  if (y !== null && joined(text, base, toks[i + 1]!, toks[i + 2]!)) return { endIdx: i + 2, form: { kind: 'full', y, m, d, weekday: wd } };
  return { endIdx: i + 1, form: { kind: 'monthDay', m, d, weekday: wd } };
}

function monthForm(toks: Tok[], i: number, text: string, base: number, month: { n: number; ambiguous: boolean }, modifier: Modifier): Hit | null {
  const full = monthDayYear(toks, i, text, base, null);
  if (full) return { startIdx: i, endIdx: full.endIdx, form: full.form };
  const next = toks[i + 1];
  const y = yearNumber(next);
  if (y !== null && (joined(text, base, toks[i]!, next!) || gapIs(text, base, toks[i]!, next!, /^\.\s{1,2}$/)))
    return { startIdx: i, endIdx: i + 1, form: { kind: 'monthYear', y, m: month.n } };
  const rel = relYear(toks, i + 1, text, base, toks[i]!);
  if (rel !== null) return { startIdx: i, endIdx: i + 2, form: { kind: 'monthRelYear', m: month.n, yearOffset: rel } };
  const prev = toks[i - 1];
  const led = prev !== undefined && MONTH_LEAD.has(prev.low) && joined(text, base, prev, toks[i]!, false);
  if (month.ambiguous && !led) return null;
  // A capitalised month word at a sentence start that runs into another capital is a name ("June Carter").
  if (!led && next && isCapitalized(next.raw) && joined(text, base, toks[i]!, next, false) && WEEKDAYS.get(next.low) === undefined) return null;
  if (modifier && prev && joined(text, base, prev, toks[i]!, false)) return { startIdx: i - 1, endIdx: i, form: { kind: 'month', m: month.n, modifier } };
  return { startIdx: i, endIdx: i, form: { kind: 'month', m: month.n, modifier: null } };
}

function relYear(toks: Tok[], i: number, text: string, base: number, prev: Tok): number | null {
  const a = toks[i];
  const b = toks[i + 1];
  if (!a || !b || b.low !== 'year' || !joined(text, base, prev, a, false) || !joined(text, base, a, b, false)) return null;
  if (a.low === 'last') return -1;
  if (a.low === 'next') return 1;
  if (a.low === 'this') return 0;
  return null;
}

function matchRelative(toks: Tok[], i: number, text: string, base: number): Hit | null {
  const t = toks[i]!;
  const deictic = DEICTIC.get(t.low);
  if (deictic !== undefined) return { startIdx: i, endIdx: i, form: { kind: 'deictic', offset: deictic } };
  const next = toks[i + 1];
  // Each form below needs one of these second words; test them before the gap.
  if (!next || !RELATIVE_SECOND.has(next.low)) return null;
  if (!joined(text, base, t, next, false)) return null;
  // "earlier this week", "later this month"
  if ((t.low === 'earlier' || t.low === 'later') && next.low === 'this') {
    const unit = toks[i + 2] ? REL_UNITS.get(toks[i + 2]!.low) : undefined;
    if (unit && unit !== 'weekend' && joined(text, base, next, toks[i + 2]!, false))
      return { startIdx: i, endIdx: i + 2, form: { kind: 'relative', unit, offset: 0, within: t.low === 'earlier' ? 'before' : 'after' } };
  }
  const mod = modifierAt(t) ?? (t.low === 'the' && next.low === 'weekend' ? 'this' : null);
  if (mod) {
    const unit = REL_UNITS.get(next.low);
    if (unit) {
      const offset = mod === 'last' ? -1 : mod === 'next' ? 1 : 0;
      return { startIdx: i, endIdx: i + 1, form: { kind: 'relative', unit, offset, within: null } };
    }
  }
  // "seven years ago", "a week ago"
  const n = /^\d{1,3}$/.test(t.low) ? Number(t.low) : NUMBER_WORDS.get(t.low);
  const unit = AGO_UNITS.get(next.low);
  const ago = toks[i + 2];
  if (n !== undefined && unit && ago?.low === 'ago' && joined(text, base, next, ago, false)) {
    const mult = next.low.startsWith('decade') ? 10 : 1;
    return { startIdx: i, endIdx: i + 2, form: { kind: 'ago', n: n * mult, unit } };
  }
  return null;
}

function matchSeason(toks: Tok[], i: number, text: string, base: number): Hit | null {
  // The season word is this word or, after a modifier, the next one.
  if (!SEASONS.has(toks[i]!.low) && !(toks[i + 1] && SEASONS.has(toks[i + 1]!.low))) return null;
  let k = i;
  const mod = modifierAt(toks[k]);
  if (mod && toks[k + 1] && joined(text, base, toks[k]!, toks[k + 1]!, false)) k++;
  const t = toks[k];
  if (!t) return null;
  const season = SEASONS.get(t.low);
  if (!season) return null;
  const prev = toks[k - 1];
  if (season.needsContext && !(mod || (prev && SEASON_LEAD.has(prev.low)))) return null;
  const y = yearNumber(toks[k + 1]);
  if (y !== null && joined(text, base, t, toks[k + 1]!, false))
    return { startIdx: i, endIdx: k + 1, form: { kind: 'season', start: season.start, modifier: k > i ? mod : null, y } };
  // "the spring of 2027"
  const y2 = toks[k + 1]?.low === 'of' ? yearNumber(toks[k + 2]) : null;
  if (y2 !== null && joined(text, base, t, toks[k + 1]!, false) && joined(text, base, toks[k + 1]!, toks[k + 2]!, false))
    return { startIdx: i, endIdx: k + 2, form: { kind: 'season', start: season.start, modifier: k > i ? mod : null, y: y2 } };
  return { startIdx: i, endIdx: k, form: { kind: 'season', start: season.start, modifier: k > i ? mod : null, y: null } };
}

function matchYear(toks: Tok[], i: number, text: string, base: number): Hit | null {
  const y = yearNumber(toks[i]);
  if (y === null) return null;
  // "2,014 troops" never reaches here (comma makes it one token); a year joined to a
  // decimal or a currency sign is an amount.
  const before = text.charAt(toks[i]!.s - base - 1);
  if (/[$€£.,\d]/u.test(before)) return null;
  const after = text.charAt(toks[i]!.e - base);
  if (after === '%') return null;
  return { startIdx: i, endIdx: i, form: { kind: 'year', y } };
}
