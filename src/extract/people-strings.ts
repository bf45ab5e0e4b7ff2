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
