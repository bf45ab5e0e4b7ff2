// Word tokens and sentence starts for attribution search. The quote stage
// needs sentences that treat quotations as opaque and split machine-translated
// run-ons ("next month.Russian officials"), so it keeps its own light splitter
// instead of retext's sentences.
import { charClass, LETTER, NUMBER, runEnd, SPACE, width } from './people-tokens.js';
import { lexicon } from './quote-lexicon.js';

export interface Tok {
  /** Offsets relative to the text that was tokenized. */
  start: number;
  end: number;
  text: string;
  /** Lower-cased, with ’ folded to '. */
  lower: string;
}

/**
 * Word tokens, read as the regular expression
 *   /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*(?:\.\d+)*\/gu
 * would: acronyms with their dots ("U.S."), then words with inner
 * apostrophes, hyphens and decimals. Scanned one character at a time: the
 * match objects of a regular expression cost more than the tokens.
 */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  const lowerText = lowerInPlace(text);
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    if ((charClass(cp) & (LETTER | NUMBER)) === 0) {
      i += width(cp);
      continue;
    }
    const start = i;
    // A ’ can only be in the word as a joiner: noted there, so that the others skip the replace.
    let curly = false;
    // (?:\p{L}\.){2,}: letter-dot pairs, as many as there are; it wins when there are two or more.
    let pairs = 0;
    let j = i;
    for (;;) {
      const c = text.codePointAt(j);
      if (c === undefined || (charClass(c) & LETTER) === 0 || text.charCodeAt(j + width(c)) !== 46) break;
      j += width(c) + 1;
      pairs++;
    }
    if (pairs >= 2) {
      i = j;
    } else {
      i = runEnd(text, i, LETTER | NUMBER);
      // (?:['’\-&][\p{L}\p{N}]+)*: a joiner counts only with a letter or digit after it.
      for (;;) {
        const a = text.charCodeAt(i);
        const joiner = a === 39 || a === 0x2019 || a === 45 || a === 38;
        if (!(joiner && i + 1 < n && charClass(text.codePointAt(i + 1)!) & (LETTER | NUMBER))) break;
        if (a === 0x2019) curly = true;
        i = runEnd(text, i + 1, LETTER | NUMBER);
      }
      // (?:\.\d+)*: decimals, ASCII digits only.
      while (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
        i += 2;
        while (isDigit(text.charCodeAt(i))) i++;
      }
    }
    const word = text.slice(start, i);
    let lower: string;
    if (lowerText !== null) {
      lower = lowerText.slice(start, i);
    } else {
      lower = word.toLowerCase();
      if (curly) lower = lower.replace(/’/g, "'");
    }
    out.push({ start, end: i, text: word, lower });
  }
  return out;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The text lower-cased with ’ folded to ', character for character, so that
 * a token's `lower` is the same slice of it; null when that does not hold.
 * Lower-casing each word costs a call into the runtime per token when the
 * paragraph is stored two bytes per character (any curly quote or accent),
 * one call per paragraph here. It holds because lower-casing maps every
 * character on its own to as many UTF-16 units, except two: İ (U+0130)
 * becomes two characters, and Σ (U+03A3) lower-cases by what surrounds it
 * (final ς or σ), which differs inside the paragraph and inside the word.
 * A text holding either is lower-cased word by word. Every ’ inside a token
 * is a joiner (what the per-word path replaces), so all can be folded.
 */
function lowerInPlace(text: string): string | null {
  if (text.includes('\u0130') || text.includes('\u03a3')) return null;
  const lower = text.toLowerCase();
  // Unequal lengths would mean some other character grew: fall back rather than trust the offsets.
  if (lower.length !== text.length) return null;
  return lower.includes('’') ? lower.replaceAll('’', "'") : lower;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

// One UTF-16 unit at a time, as UPPER.test(word.charAt(i)) reads it; an
// ASCII unit is decided by its code, without a regular expression.
function upperAt(word: string, i: number): boolean {
  const c = word.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(word.charAt(i));
}

function lowerAt(word: string, i: number): boolean {
  const c = word.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(word.charAt(i));
}

export function isCapitalized(word: string): boolean {
  return upperAt(word, 0);
}

export function isLowerInitial(word: string): boolean {
  return lowerAt(word, 0);
}

/**
 * Where a machine-translation run-on glued two words ("HarperDemocrats",
 * "NovakOn"): the index of the second capital, or -1. Needs three lower-case
 * letters before it so that "McKay", "MacDonald" and "DeSantis" stay whole.
 */
export function glueSplit(word: string): number {
  if (!isCapitalized(word)) return -1;
  for (let i = 4; i < word.length - 1; i++) {
    if (upperAt(word, i) && lowerAt(word, i + 1) && lowerAt(word, i - 1) && lowerAt(word, i - 2) && lowerAt(word, i - 3)) {
      return i;
    }
  }
  return -1;
}

/** True when a "." after this word does not end a sentence (titles, initials, "U.S."). */
export function isAbbreviation(word: string): boolean {
  // A decimal ("magnitude 5.2.") ends a sentence like any number.
  if (isDigit(word.charCodeAt(0))) return false;
  if (word.length === 1 || word.includes('.')) return true;
  const lx = lexicon();
  // The sieve first: most words before a full stop are no abbreviation, and lower-casing one is a new string.
  return lx.mayBeAbbreviation(word) && lx.abbreviations.has(word.toLowerCase());
}

const OPENERS = '“"„«‘(';
const CLOSERS = '”"’»)“';

/**
 * Start offsets of the sentences of a paragraph (the first is 0). `masked`
 * ranges (quotations) never contain a boundary; `extra` adds boundaries the
 * caller knows of (after a quotation that ends a sentence).
 */
export function sentenceStarts(text: string, masked: [number, number][], extra: number[] = []): number[] {
  const starts = new Set<number>([0, ...extra]);
  let m = 0;
  for (let pos = 0; pos < text.length; ) {
    const i = pos++;
    // By code first: charAt makes a new string for a character beyond Latin-1.
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63) continue;
    const c = text.charAt(i);
    while (m < masked.length && masked[m]![1] <= i) m++;
    if (m < masked.length && masked[m]![0] <= i) continue;
    if (c === '.' && isAbbreviation(wordBefore(text, i))) continue;
    let j = i + 1;
    while (j < text.length && '.!?'.includes(text.charAt(j))) j++;
    // The later marks of the run would find the same boundary (or none: the
    // run-on rule needs a letter before the mark), and rescanning the run from
    // each of them is quadratic on a long run of dots.
    const runEnd = j;
    while (j < text.length && CLOSERS.includes(text.charAt(j)) && !inMask(masked, j)) j++;
    pos = runEnd;
    if (j >= text.length) continue;
    let k = j;
    while (k < text.length && isSpaceAt(text, k)) k++;
    const next = text.charAt(k);
    if (k > j && (UPPER.test(next) || /\d/.test(next) || OPENERS.includes(next))) {
      starts.add(k);
    } else if (
      k === j &&
      c === '.' &&
      UPPER.test(next) &&
      LOWER.test(text.charAt(k + 1)) &&
      LOWER.test(text.charAt(i - 1)) &&
      LOWER.test(text.charAt(i - 2))
    ) {
      // "next month.Russian officials said": a run-on left by scraping.
      starts.add(k);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/** Binary search: `masked` is sorted and disjoint, and a scan per closing mark would be quadratic. */
function inMask(masked: [number, number][], i: number): boolean {
  let lo = 0;
  let hi = masked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (masked[mid]![1] <= i) lo = mid + 1;
    else hi = mid;
  }
  const r = masked[lo];
  return r !== undefined && r[0] <= i;
}

function wordBefore(text: string, i: number): string {
  let k = i;
  while (k > 0 && k > i - 40 && isWordCharAt(text, k - 1)) k--;
  // Leading dots dropped (what .replace(/^\.+/, '') did), without a second string.
  while (k < i && text.charCodeAt(k) === 46) k++;
  return text.slice(k, i);
}

// One UTF-16 unit at a time, as /…/u.test(text.charAt(k)) reads it: a lone
// half of a surrogate pair is in no class, and charClass says so too.
function isWordCharAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c === 46 || (charClass(c) & (LETTER | NUMBER)) !== 0;
}

function isSpaceAt(text: string, k: number): boolean {
  return (charClass(text.charCodeAt(k)) & SPACE) !== 0;
}
