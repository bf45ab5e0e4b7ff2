// Normalisation for the matching rules of fixtures/gold/README.md. Kept apart
// from src/util on purpose: a change to the pipeline's tokenizer must not
// silently move the yardstick it is measured with.

const APOSTROPHES = /['\u2018\u2019\u02bc`]/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Quote words: lower-cased, punctuation dropped. Apostrophes vanish inside a
 * word ("don’t" → "dont") whatever their shape; any other punctuation splits
 * ("high-impact" → "high", "impact"), so both sides fold the same way.
 */
export function quoteWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .split(NON_WORD)
    .filter((w) => w.length > 0);
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let inter = 0;
  for (const w of sa) if (sb.has(w)) inter++;
  return inter / (sa.size + sb.size - inter);
}

/** Whether the word sequence `inner` occurs, whole words, inside `outer`. */
export function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0) return false;
  return ` ${outer.join(' ')} `.includes(` ${inner.join(' ')} `);
}

/** Words of a claim's surface text for span overlap ("last spring’s" → last, spring, s). */
export function spanWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().split(NON_WORD).filter((w) => w.length > 0);
}

/** A shared run made only of short function words ("of", "a") is not evidence of the same span. */
function significant(run: readonly string[]): boolean {
  return run.some((w) => w.length >= 3 || /\p{N}/u.test(w));
}

function equalRun(a: readonly string[], ai: number, b: readonly string[], bi: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a[ai + k] !== b[bi + k]) return false;
  return true;
}

/**
 * The key gives a line and a text but no column, so "overlapping text" is
 * decided on words: two spans of one line overlap when one's words sit
 * inside the other's, or the end of one is the start of the other
 * ("the weekend" / "weekend at Camp David"). Returns the length of the shared
 * run (0 when they do not overlap), so a caller can prefer the closest pair.
 */
export function spanOverlap(a: string, b: string): number {
  const wa = spanWords(a);
  const wb = spanWords(b);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length === 0) return 0;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (equalRun(long, i, short, 0, short.length)) return significant(short) ? short.length : 0;
  }
  for (let n = short.length - 1; n >= 1; n--) {
    const aEndsB = equalRun(wa, wa.length - n, wb, 0, n);
    const bEndsA = equalRun(wb, wb.length - n, wa, 0, n);
    if (aEndsB && significant(wa.slice(wa.length - n))) return n;
    if (bEndsA && significant(wb.slice(wb.length - n))) return n;
  }
  return 0;
}

const TROOP_UNITS = new Set(['troops', 'troop', 'soldiers', 'soldier', 'men', 'personnel', 'forces', 'force']);

/** The README folds soldiers/men/personnel/forces into troops; singulars fold too. Otherwise only case. */
export function foldUnit(unit: string): string {
  const u = unit.trim().toLowerCase();
  return TROOP_UNITS.has(u) ? 'troops' : u;
}

/**
 * The key's qualifiers in our vocabulary (types.ts Qualifier). The key names
 * vague counts by their word ("thousands", "tens-of-thousands"); we call all
 * of them "vague". It writes "estimated" where we say "about".
 */
export function foldQualifier(q: string): string {
  const v = q.trim().toLowerCase();
  if (v === 'estimated' || v === 'approximately' || v === 'around') return 'about';
  if (/^(?:(?:tens|hundreds|dozens)-of-)?(?:dozens|scores|hundreds|thousands|millions|billions)$/u.test(v)) return 'vague';
  return v;
}

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * A claim's resolved date agrees with a listed one when equal, or more
 * precise inside it ("2014-03" agrees with "2014"); never when less precise.
 */
export function dateWithin(resolved: string | null, listed: string): boolean {
  return resolved !== null && (resolved === listed || resolved.startsWith(`${listed}-`));
}

// Leading words a person's name may carry that are not the name. General
// honorifics and office nouns only; a name keeps at least its last word.
const TITLE_WORDS = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lord lady madam mme mister ' +
    'president vice prime premier chancellor minister secretary deputy acting former ' +
    'foreign defense defence interior press state of the ' +
    'sen senator rep representative congressman congresswoman gov governor mayor ' +
    'gen general lt col colonel maj major capt captain sgt adm admiral ' +
    'king queen prince princess pope rev reverend judge justice ambassador ' +
    'spokesman spokeswoman spokesperson chief sheikh'
  ).split(' '),
);

/** A name for comparison: case, accents, dots, a possessive and leading titles dropped. */
export function normName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019]s\b/gu, '')
    .split(/[\s.,]+/u)
    .filter((w) => w.length > 0);
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(words[i]!)) i++;
  return words.slice(i).join(' ');
}

/** The source id a path's file name gives: basename without its last extension. */
export function baseName(path: string): string {
  return path.split(/[\\/]/u).pop() ?? path;
}

export function stem(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}
