// Word tokens and sentence starts for attribution search. The quote stage
// needs sentences that treat quotations as opaque and split machine-translated
// run-ons ("next month.Russian officials"), so it keeps its own light splitter
// instead of retext's sentences.
import { lexicon } from './quote-lexicon.js';

export interface Tok {
  /** Offsets relative to the text that was tokenized. */
  start: number;
  end: number;
  text: string;
  /** Lower-cased, with ’ folded to '. */
  lower: string;
}

// Acronyms with their dots ("U.S."), then words with inner apostrophes,
// hyphens and decimals. No nested quantifiers over the same characters.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*(?:\.\d+)*/gu;

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    out.push({ start, end: start + m[0].length, text: m[0], lower: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function isCapitalized(word: string): boolean {
  return UPPER.test(word.charAt(0));
}

export function isLowerInitial(word: string): boolean {
  return LOWER.test(word.charAt(0));
}

/**
 * Where a machine-translation run-on glued two words ("HarperDemocrats",
 * "NovakOn"): the index of the second capital, or -1. Needs three lower-case
 * letters before it so that "McKay", "MacDonald" and "DeSantis" stay whole.
 */
export function glueSplit(word: string): number {
  if (!isCapitalized(word)) return -1;
  for (let i = 4; i < word.length - 1; i++) {
    const c = word.charAt(i);
    if (
      UPPER.test(c) &&
      LOWER.test(word.charAt(i + 1)) &&
      LOWER.test(word.charAt(i - 1)) &&
      LOWER.test(word.charAt(i - 2)) &&
      LOWER.test(word.charAt(i - 3))
    ) {
      return i;
    }
  }
  return -1;
}

/** True when a "." after this word does not end a sentence (titles, initials, "U.S."). */
export function isAbbreviation(word: string): boolean {
  // A decimal ("magnitude 5.2.") ends a sentence like any number.
  if (/^\d/.test(word)) return false;
  if (word.length === 1 || word.includes('.')) return true;
  return lexicon().abbreviations.has(word.toLowerCase());
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
    const c = text.charAt(i);
    if (c !== '.' && c !== '!' && c !== '?') continue;
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
    while (k < text.length && /\s/.test(text.charAt(k))) k++;
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
  while (k > 0 && k > i - 40 && /[\p{L}\p{N}.]/u.test(text.charAt(k - 1))) k--;
  return text.slice(k, i).replace(/^\.+/, '');
}
