import { loadData } from '../data.js';

const stopwords = new Set(loadData<{ words: string[] }>('stopwords-en').words);

/** One letter or digit (a code point) at lastIndex: sticky, so it tests in place without slicing. */
const WORD_CHAR = /[\p{L}\p{N}]/uy;

/**
 * Length in code units of the letter or digit (/[\p{L}\p{N}]/u) at i: 1, 2
 * for an astral one, 0 if none. The word scanners of the extractors build on it.
 */
export function wordCharAt(t: string, i: number): number {
  const c = t.charCodeAt(i);
  // ASCII, the bulk of the text, without the regular expression.
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  // The second half of a surrogate pair starts nothing (a /u expression asked
  // there would step back and read the whole pair).
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  WORD_CHAR.lastIndex = i;
  return WORD_CHAR.test(t) ? WORD_CHAR.lastIndex - i : 0;
}

/**
 * The index after the code point at i: a whole surrogate pair is stepped
 * over, as a /u regular expression does when it looks for the next place to
 * start a match (the second half of a pair is no such place).
 */
export function nextCodePoint(t: string, i: number): number {
  const c = t.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}

/**
 * The end of the word that starts at i: of the match of
 * [\p{L}\p{N}]+(?:J[\p{L}\p{N}]+)* (flag u) there, where J is a code unit
 * for which isJoiner is true; i itself when no letter or digit starts at i.
 * A hand-written scan (a run of letters and digits, then a joiner with one
 * more run after it, again and again): the extractors' word tokenizers,
 * built on it, run about twice as fast as matchAll with the pattern.
 */
export function wordEnd(t: string, i: number, isJoiner: (c: number) => boolean): number {
  const n = t.length;
  let k = wordCharAt(t, i);
  if (k === 0) return i;
  i += k;
  for (;;) {
    while (i < n && (k = wordCharAt(t, i)) > 0) i += k;
    if (i + 1 < n && isJoiner(t.charCodeAt(i)) && wordCharAt(t, i + 1) > 0) i++;
    else return i;
  }
}

/** ' . - join the parts of a word ("o'clock", "u.s", "well-known"). */
const isWordJoiner = (c: number): boolean => c === 39 || c === 46 || c === 45;

/**
 * Lower-case word tokens, curly apostrophes folded: the matches of
 * [\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)* (flag u), linear.
 */
export function tokens(text: string): string[] {
  const t = text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
  const out: string[] = [];
  for (let i = 0; i < t.length; ) {
    const end = wordEnd(t, i, isWordJoiner);
    if (end === i) i = nextCodePoint(t, i);
    else {
      out.push(t.slice(i, end));
      i = end;
    }
  }
  return out;
}

/**
 * A light stem so that "lines"/"line", "searching"/"search" and
 * "reached"/"reach" meet; enough for set overlap, not for display.
 */
export function stem(word: string): string {
  // endsWith, not /'s$/: the same test (no multiline flag) without a regular expression per word.
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) return undouble(w.slice(0, -3));
  if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) return undouble(w.slice(0, -2));
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

/** "stopp" → "stop", so "stopped" and "stop" meet. */
function undouble(w: string): string {
  const last = w[w.length - 1];
  return w.length > 3 && last === w[w.length - 2] && last !== 'l' && last !== 's' && last !== 'z' ? w.slice(0, -1) : w;
}

export function isStopword(word: string): boolean {
  return stopwords.has(word);
}

/** Content words of a text, stemmed, without stopwords or contraction stubs. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const t of tokens(text)) {
    if (stopwords.has(t) || t.length < 2) continue;
    const s = stem(t.endsWith("n't") ? t.slice(0, -3) : t);
    if (!stopwords.has(s) && s.length > 1) out.push(s);
  }
  return out;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** |A ∩ B| / min(|A|, |B|): a paraphrase that adds words still scores high. */
export function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const min = Math.min(a.size, b.size);
  if (min === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / min;
}
