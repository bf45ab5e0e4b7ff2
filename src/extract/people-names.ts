// Picking the one spelling that stands for a person when the text (or the
// corpus) spells the name several ways.
import { dropStutter, fold } from './people-strings.js';

/** The name words that identify a person: stutters, initials and particles left out. */
export function keyWords(words: string[]): string[] {
  const out: string[] = [];
  for (const w of dropStutter(words)) if (isKeyWord(w)) out.push(w);
  return out;
}

const LU_START = /^\p{Lu}/u;

/**
 * What `!/^\p{Lu}\.$/u.test(w) && /^\p{Lu}/u.test(w)` says, with the
 * regular expressions kept for a non-ASCII first letter: a capitalised word
 * that is not an initial ("J.").
 */
function isKeyWord(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) {
    if (!(c >= 65 && c <= 90)) return false;
    return !(w.length === 2 && w.charCodeAt(1) === 46);
  }
  if (!LU_START.test(w)) return false;
  // The capital is one code point: one or two UTF-16 units.
  const cp = w.codePointAt(0)!;
  const width = cp > 0xffff ? 2 : 1;
  return !(w.length === width + 1 && w.charCodeAt(width) === 46);
}

/** The name as it should be shown: only a stutter is dropped ("George W. Bush", "Ursula von der Leyen"). */
export function displayWords(words: string[]): string[] {
  return dropStutter(words);
}

/**
 * The best full name among weighted spellings. Each full form scores its own
 * weight plus the votes its first and last words get from every form, so the
 * spelling most sources agree on wins word by word ("Oleksandr" from some,
 * "Kovalenko" from others). Ties go to the longer form: garbles drop letters
 * more often than they add them; then the alphabetically first, so that the
 * choice never depends on which source or mention came first.
 */
export function chooseName(forms: Map<string, number>): string {
  const firstVotes = new Map<string, number>();
  const lastVotes = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, w: number): void => {
    m.set(k, (m.get(k) ?? 0) + w);
  };
  const full: { name: string; first: string; last: string; weight: number }[] = [];
  const byName = new Map<string, number>();
  for (const [form, weight] of forms) {
    const key = displayWords(form.split(/\s+/u)).join(' ') || form;
    byName.set(key, (byName.get(key) ?? 0) + weight);
  }
  for (const [form, weight] of byName) {
    const words = keyWords(form.split(/\s+/u));
    if (words.length === 0) continue;
    add(lastVotes, fold(words.at(-1)!), weight);
    if (words.length >= 2) {
      add(firstVotes, fold(words[0]!), weight);
      full.push({ name: form, first: fold(words[0]!), last: fold(words.at(-1)!), weight });
    }
  }
  const pool = full.length > 0 ? full : [...byName].map(([name, weight]) => ({ name, first: '', last: fold(name), weight }));
  let best = pool[0]!;
  let bestScore = -1;
  for (const c of pool) {
    const score = c.weight + (firstVotes.get(c.first) ?? 0) + (lastVotes.get(c.last) ?? 0);
    if (score > bestScore || (score === bestScore && longerOrFirst(c.name, best.name))) {
      best = c;
      bestScore = score;
    }
  }
  return best.name;
}

/** Code-unit order rather than localeCompare: the result must not depend on the machine's locale. */
function longerOrFirst(a: string, b: string): boolean {
  return a.length !== b.length ? a.length > b.length : a < b;
}
