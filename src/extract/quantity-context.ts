// The few content words near a claim that say what it is about; the compare
// stage uses them to tell one fact from another with the same figure or date.
import { isStopword, nextCodePoint, wordCharAt } from '../util/words.js';

const MAX_DISTANCE = 60;
/** The default of contextWords' `skip`: one shared empty set rather than a new one per call. */
const NO_SKIP: ReadonlySet<string> = new Set();
/** One letter (a code point) at lastIndex, tested in place. */
const LETTER = /\p{L}/uy;

/** A word of a text (see scanWords): its offsets in the text and the word as written. */
export interface TextWord {
  s: number;
  e: number;
  raw: string;
}

/**
 * Calls visit(word, offset) for each match of the pattern
 * \p{L}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)* (flag u) in text.slice(from, to),
 * with offsets into text, up to the first word starting past `last`. A
 * hand-written scan does what a regular expression's global search over the
 * slice does (a letter, letters and digits, then an apostrophe or hyphen with
 * one more run after it, again and again) without the slice or match objects.
 */
function scanWords(text: string, from: number, to: number, last: number, visit: (raw: string, at: number) => void): void {
  let i = from;
  while (i < to) {
    if (!letterAt(text, i, to)) {
      i = nextCodePoint(text, i);
      continue;
    }
    if (i > last) return;
    const start = i;
    let k = 0;
    for (;;) {
      while (i < to && (k = wordCharBefore(text, i, to)) > 0) i += k;
      const c = text.charCodeAt(i);
      if ((c === 0x27 || c === 0x2019 || c === 0x2d) && i + 1 < to && wordCharBefore(text, i + 1, to) > 0) i++;
      else break;
    }
    visit(text.slice(start, i), start);
  }
}

/** wordCharAt, with the text cut at `to`: a surrogate pair cut there is a lone half, no letter. */
function wordCharBefore(text: string, i: number, to: number): number {
  const k = wordCharAt(text, i);
  return i + k > to ? 0 : k;
}

/** Whether a letter (/\p{L}/u) starts at i, with the text cut at `to`. */
function letterAt(text: string, i: number, to: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  // The second half of a surrogate pair starts nothing (see wordCharAt).
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  LETTER.lastIndex = i;
  return LETTER.test(text) && LETTER.lastIndex <= to;
}

/** Every word of text (scanWords), for several contextWords calls on the same text (the claims of one sentence). */
export function textWords(text: string): TextWord[] {
  const out: TextWord[] = [];
  scanWords(text, 0, text.length, Infinity, (raw, s) => {
    out.push({ s, e: s + raw.length, raw });
  });
  return out;
}

/**
 * Lower-cased content words of text (starting at absolute offset base), nearest
 * to the span first, without the span's own words and without `skip` words.
 * A clause punctuation mark halves the reach on its side. `words`, when
 * given, is textWords(text): each call then reads it instead of matching the
 * text again.
 */
export function contextWords(
  text: string,
  base: number,
  span: { start: number; end: number },
  limit = 6,
  skip: ReadonlySet<string> = NO_SKIP,
  words?: readonly TextWord[],
): string[] {
  const found: { w: string; d: number }[] = [];
  const marks = nearestMarks(text, span.start - base, span.end - base);
  const consider = (raw: string, sRel: number): void => {
    const s = base + sRel;
    const e = s + raw.length;
    if (s < span.end && e > span.start) return;
    // The gap to the span is at least this long, and longer gaps are out of reach.
    const gapFrom = s >= span.end ? span.end - base : e - base;
    const gapTo = s >= span.end ? s - base : span.start - base;
    if (gapTo - gapFrom > MAX_DISTANCE * 2) return;
    const w = withoutPossessive(raw.toLowerCase());
    if (w.length < 3 || isStopword(w) || skip.has(w)) return;
    // Punctuation in the gap: the gap runs from the span's end to the word, or
    // from the word's end to the span, so it holds a mark when the mark
    // nearest the span on that side lies inside it.
    const after = s >= span.end;
    const clause = after ? marks.clauseAfter < gapTo : marks.clauseBefore >= gapFrom;
    const comma = after ? marks.commaAfter < gapTo : marks.commaBefore >= gapFrom;
    const d = gapTo - gapFrom + (clause ? 40 : 0) + (comma ? 10 : 0);
    if (d > MAX_DISTANCE * 2) return;
    found.push({ w, d });
  };
  // Only words within reach can count, so read a window around the span, not
  // the whole text: one claim costs O(window), a paragraph O(claims).
  const from = Math.max(0, span.start - base - MAX_DISTANCE * 2 - 40);
  const to = Math.min(text.length, span.end - base + MAX_DISTANCE * 2 + 40);
  // A word starting past this is out of reach, and so is every word after it.
  const last = span.end - base + MAX_DISTANCE * 2;
  const range = words ? wordsInWindow(words, from, to, last) : null;
  if (words && range) {
    for (let k = range.first; k < range.end; k++) consider(words[k]!.raw, words[k]!.s);
  } else {
    scanWords(text, from, to, last, consider);
  }
  found.sort((a, b) => a.d - b.d);
  const out: string[] = [];
  for (const { w } of found) {
    if (!out.includes(w)) out.push(w);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * The words of the whole text that a scan of the window [from, to) would
 * find, up to the first starting past `last`, as an index range; null when a
 * word straddles an edge of the window (the scan would see only part of it),
 * so the caller scans the window itself. Other words are the same either way:
 * the scan looks at no text before a word, and a word that ends inside the
 * window ends there in the window too.
 */
function wordsInWindow(words: readonly TextWord[], from: number, to: number, last: number): { first: number; end: number } | null {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.e <= from) lo = mid + 1;
    else hi = mid;
  }
  if (lo < words.length && words[lo]!.s < from) return null;
  let end = lo;
  while (end < words.length && words[end]!.s <= last && words[end]!.s < to) end++;
  if (end > lo && words[end - 1]!.e > to) return null;
  return { first: lo, end };
}

/** The word without a final "'s" or "’s" (what /['’]s$/u removes). */
function withoutPossessive(w: string): string {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return w;
  const q = w.charCodeAt(n - 2);
  return q === 39 || q === 0x2019 ? w.slice(0, -2) : w;
}

/** A clause or sentence mark (/[;:.!?]/): 40 more to the distance of a word beyond it. */
const isClauseMark = (c: number): boolean => c === 59 || c === 58 || c === 46 || c === 33 || c === 63;
/** A comma or quote mark (/[,“”"]/u): 10 more. */
const isCommaMark = (c: number): boolean => c === 44 || c === 0x201c || c === 0x201d || c === 34;

/**
 * Offsets in text of the marks nearest the span [start, end) within reach:
 * the first of each kind at or after end (Infinity if none), the last before
 * start (-1 if none). Found once per claim rather than scanning each word's gap.
 */
function nearestMarks(text: string, start: number, end: number): { clauseAfter: number; commaAfter: number; clauseBefore: number; commaBefore: number } {
  let clauseAfter = Infinity;
  let commaAfter = Infinity;
  const stopAfter = Math.min(text.length, end + MAX_DISTANCE * 2);
  for (let k = end; k < stopAfter; k++) {
    const c = text.charCodeAt(k);
    // Every mark is "!" (33) to "?" (63) or a curly double quote: letters and most else are passed at once.
    if (c > 63 && c < 0x201c) continue;
    if (clauseAfter === Infinity && isClauseMark(c)) {
      clauseAfter = k;
      if (commaAfter !== Infinity) break;
    } else if (commaAfter === Infinity && isCommaMark(c)) {
      commaAfter = k;
      if (clauseAfter !== Infinity) break;
    }
  }
  let clauseBefore = -1;
  let commaBefore = -1;
  const stopBefore = Math.max(0, start - MAX_DISTANCE * 2);
  for (let k = start - 1; k >= stopBefore; k--) {
    const c = text.charCodeAt(k);
    if (c > 63 && c < 0x201c) continue;
    if (clauseBefore < 0 && isClauseMark(c)) {
      clauseBefore = k;
      if (commaBefore >= 0) break;
    } else if (commaBefore < 0 && isCommaMark(c)) {
      commaBefore = k;
      if (clauseBefore >= 0) break;
    }
  }
  return { clauseAfter, commaAfter, clauseBefore, commaBefore };
}
