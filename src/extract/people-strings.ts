// String rules for telling one person's spellings apart from another's.

export interface GarbleRule {
  maxDistance: { minLength: number; distance: number }[];
  minSharedPrefixFor2: number;
}

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Two rows, swapped after each letter of a (no array per row).
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    const row = prev;
    prev = cur;
    cur = row;
  }
  return prev[b.length]!;
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * How far apart two name words are when one may be a machine-translation
 * garble of the other ("Mallar"/"Mallor", "Hansenn"/"Hanssen"), or null when
 * they are too far apart to be one name. Garbles keep the first letter, and a
 * two-letter slip keeps the stem's start, which keeps "Mark"/"Mary" or
 * "Jones"/"Bones" apart.
 */
export function garbleDistance(a: string, b: string, rule: GarbleRule): number | null {
  // Most pairs differ in their first letter. An ASCII first character stays
  // the first character of fold() (lower-cased), so two different ones mean
  // x[0] !== y[0] below, and x !== y: null, without folding either word.
  const ca = asciiLower(a.charCodeAt(0));
  const cb = asciiLower(b.charCodeAt(0));
  if (ca >= 0 && cb >= 0 && ca !== cb) return null;
  const x = fold(a);
  const y = fold(b);
  if (x === y) return 0;
  if (x[0] !== y[0]) return null;
  const longer = Math.max(x.length, y.length);
  let allowed = 0;
  for (const step of rule.maxDistance) if (longer >= step.minLength) allowed = Math.max(allowed, step.distance);
  const d = editDistance(x, y, allowed);
  if (d > allowed) return null;
  if (d >= 2 && sharedPrefix(x, y) < rule.minSharedPrefixFor2) return null;
  return d;
}

/** Lower case without accents, so "Sergéi" and "Sergei" compare equal. */
export function fold(word: string): string {
  // ASCII has no accents to take off: NFD leaves it as it is.
  if (isAscii(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** An ASCII code's lower case (what fold makes of it), or -1 for any other character. */
function asciiLower(c: number): number {
  if (c >= 128 || Number.isNaN(c)) return -1;
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** "J." or "J" is an initial that fits "John". */
export function isInitialOf(short: string, long: string): boolean {
  const s = short.replace(/\.$/u, '');
  return s.length === 1 && long.length > 1 && fold(long).startsWith(fold(s));
}

/**
 * Drops a stuttered word: machine translation sometimes writes a truncated
 * copy of a name word before it ("Ole Oleksandr Hrytsak" → "Oleksandr Hrytsak").
 */
export function dropStutter(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    // Only before another given name: in "Jo Johnson" the surname is not a stutter.
    const beforeGiven = i + 2 < words.length;
    if (next && beforeGiven && w.length >= 2 && next.length > w.length && fold(next).startsWith(fold(w))) continue;
    out.push(w);
  }
  return out;
}

/**
 * A cheap first test before a word is looked up in a table of lower-case
 * keys: false means `word.toLowerCase()` is surely not a key, decided from
 * the word's length and its first and last characters, without hashing the
 * word (a fresh token string costs a full hash and compare per Map lookup,
 * and most tokens are not keys). Exact reasoning: when every key is ASCII,
 * a word whose lower case is a key has only characters that lower-case to
 * one ASCII character (ASCII itself, or the Kelvin sign), so its length is
 * the key's; its first and last characters, when ASCII, lower-case to the
 * key's. Words with a non-ASCII first or last character are always let
 * through, and so is every word when some key is not ASCII.
 */
export function asciiKeySieve(keys: Iterable<string>): (word: string) => boolean {
  const bits = new Uint32Array(SIEVE_WORDS);
  for (const k of keys) {
    if (k.length === 0 || !isAscii(k)) return () => true;
    setBit(bits, slot(k.length, k.charCodeAt(0), k.charCodeAt(k.length - 1)));
  }
  return (word) => {
    const n = word.length;
    const f = word.charCodeAt(0);
    const l = word.charCodeAt(n - 1);
    // NaN (an empty word) fails the test and is let through.
    if (!(f < 128 && l < 128)) return true;
    return hasBit(bits, slot(n, asciiLower(f), asciiLower(l)));
  };
}

/**
 * The same first test for a table matched exactly (no lower-casing): a word
 * equal to a key has its length and its first and last characters. Keys
 * whose first or last character is not ASCII need no slot: a word they
 * equal has that character too, and such words are always let through.
 */
export function exactKeySieve(keys: Iterable<string>): (word: string) => boolean {
  const bits = new Uint32Array(SIEVE_WORDS);
  for (const k of keys) {
    const f = k.charCodeAt(0);
    const l = k.charCodeAt(k.length - 1);
    if (f < 128 && l < 128) setBit(bits, slot(k.length, f, l));
  }
  return (word) => {
    const n = word.length;
    const f = word.charCodeAt(0);
    const l = word.charCodeAt(n - 1);
    if (!(f < 128 && l < 128)) return true;
    return hasBit(bits, slot(n, f, l));
  };
}

/**
 * A sieve is a bit per slot; a slot packs the low four bits of the length
 * and the low five of the first and last codes (a-z are 1-26 there). Words
 * that share a slot with a key are let through and looked up: slots only
 * ever say "maybe", never wrongly "no", since a word equal to a key fills
 * the key's slot. 16,384 bits: 2 KB per sieve, a few cache lines touched.
 */
const SIEVE_WORDS = (1 << 14) / 32;
const slot = (n: number, f: number, l: number): number => ((n & 15) << 10) | ((f & 31) << 5) | (l & 31);
const setBit = (bits: Uint32Array, i: number): void => {
  bits[i >>> 5]! |= 1 << (i & 31);
};
const hasBit = (bits: Uint32Array, i: number): boolean => ((bits[i >>> 5]! >>> (i & 31)) & 1) === 1;
