// Within one article: groups the mentions of each individual. Full names come
// first; bare surnames and first names join them; capitalised words equal to a
// known surname count as mentions; then rare spellings one or two letters off
// a more frequent name are folded in as garbles.
import type { Person } from '../types.js';
import type { ParagraphNames, RawMention } from './people-candidates.js';
import { titleIdIn, type PeopleLexicon } from './people-lexicon.js';
import { chooseName, keyWords } from './people-names.js';
import { exactKeySieve, fold, garbleDistance, isInitialOf } from './people-strings.js';
import { isCapWord, stripPossessive, type Tok } from './people-tokens.js';

interface Cluster {
  first: string | null;
  last: string;
  /** fold(last), kept because surnames are compared folded for every mention (`last` never changes). */
  foldedLast: string;
  /** Surface form → [count, first offset]. */
  forms: Map<string, [number, number]>;
  count: number;
  role: string | null;
  rolePos: number;
  pos: number;
  /** Found only through a speech verb, never through a title or the lexicon. */
  verbOnly: boolean;
  /** Found only as a capitalised word the lexicon knows as a surname: as likely a town ("in Lindau"). */
  lexiconOnly: boolean;
}

export function clusterMentions(paragraphs: ParagraphNames[], lx: PeopleLexicon): Person[] {
  // Full names first, then bare ones, each in text order; the key words of a
  // mention are read once (plain loops: no intermediate arrays).
  const multi: RawMention[] = [];
  const multiKeys: string[][] = [];
  const single: RawMention[] = [];
  const singleKeys: string[][] = [];
  for (const p of paragraphs) {
    for (const m of p.mentions) {
      if (m.weak) continue;
      const keys = keyWords(m.words);
      if (keys.length >= 2) {
        multi.push(m);
        multiKeys.push(keys);
      } else if (keys.length === 1) {
        single.push(m);
        singleKeys.push(keys);
      }
    }
  }
  const clusters: Cluster[] = [];
  for (let i = 0; i < multi.length; i++) addFull(clusters, multi[i]!, multiKeys[i]!, lx);
  for (let i = 0; i < single.length; i++) addSingle(clusters, single[i]!, singleKeys[i]![0]!);
  propagate(clusters, paragraphs);
  const kept = clusters.filter((c) => !(c.first === null && (c.verbOnly || c.lexiconOnly) && looksLikePlace(c, paragraphs, lx, c.lexiconOnly)));
  mergeGarbles(kept, lx);
  for (const p of paragraphs) for (const m of p.mentions) if (m.weak) attachWeak(kept, m, lx);
  return kept.sort((a, b) => a.pos - b.pos).map(toPerson);
}

function record(c: Cluster, form: string, pos: number, m?: RawMention): void {
  const f = c.forms.get(form);
  if (f) f[0]++;
  else c.forms.set(form, [1, pos]);
  c.count++;
  c.pos = Math.min(c.pos, pos);
  if (m) {
    if (m.cue !== 'verb') c.verbOnly = false;
    if (m.cue !== 'last-name') c.lexiconOnly = false;
    if (m.role && (c.role === null || pos < c.rolePos)) {
      c.role = m.role;
      c.rolePos = pos;
    }
  }
}

function newCluster(first: string | null, last: string, m: RawMention): Cluster {
  const c: Cluster = { first, last, foldedLast: fold(last), forms: new Map(), count: 0, role: null, rolePos: Infinity, pos: m.start, verbOnly: true, lexiconOnly: true };
  record(c, m.text, m.start, m);
  return c;
}

function firstsFit(a: string | null, b: string | null, lx: PeopleLexicon): boolean {
  if (a === null || b === null) return true;
  return isInitialOf(a, b) || isInitialOf(b, a) || garbleDistance(a, b, lx.garble) !== null;
}

/** `words`: keyWords(m.words), two or more. */
function addFull(clusters: Cluster[], m: RawMention, words: string[], lx: PeopleLexicon): void {
  const first = words[0]!;
  const last = words.at(-1)!;
  const key = fold(last);
  const c = clusters.find((x) => x.first !== null && x.foldedLast === key && firstsFit(x.first, first, lx));
  if (c) record(c, m.text, m.start, m);
  else clusters.push(newCluster(first, last, m));
}

/** The cluster a bare name refers to: the nearest full name before it with that surname, else a lone first name. */
function pick(clusters: Cluster[], word: string, at: number): Cluster | undefined {
  const key = fold(word);
  // One pass for what filter + sort found: the latest cluster at or before
  // `at` (the first in cluster order among equal positions, as the stable
  // sort kept it), else the first with that surname.
  let firstBySurname: Cluster | undefined;
  let before: Cluster | undefined;
  for (const c of clusters) {
    if (c.foldedLast !== key) continue;
    firstBySurname ??= c;
    if (c.pos <= at && (before === undefined || c.pos > before.pos)) before = c;
  }
  if (firstBySurname) return before ?? firstBySurname;
  let byFirst: Cluster | undefined;
  for (const c of clusters) {
    if (c.first === null || fold(c.first) !== key) continue;
    if (byFirst) return undefined;
    byFirst = c;
  }
  return byFirst;
}

/** `word`: the one key word of m. */
function addSingle(clusters: Cluster[], m: RawMention, word: string): void {
  const c = pick(clusters, word, m.start);
  if (c) record(c, m.text, m.start, m);
  else clusters.push(newCluster(null, word, m));
}

/** Capitalised words equal to a known surname, outside any found mention, are mentions too. */
function propagate(clusters: Cluster[], paragraphs: ParagraphNames[]): void {
  const surnames = new Set(clusters.map((c) => c.last));
  // Most capitalised words are no surname: the sieve says so without hashing them.
  const maySurname = exactKeySieve(surnames);
  for (const p of paragraphs) {
    // Built on the first surname met: most paragraphs hold none.
    let covered: Set<number> | null = null;
    const inside = (t: Tok): boolean => (covered ??= coveredTokens(p)).has(t.start);
    p.toks.forEach((t, i) => {
      if (!isCapWord(t)) return;
      const word = stripPossessive(t.text);
      if (!maySurname(word) || inside(t) || !surnames.has(word)) return;
      const c = pick(clusters, word, t.start)!;
      const prev = p.toks[i - 1];
      const withFirst = c.first !== null && prev?.text === c.first && t.start - prev.end === 1 && !inside(prev);
      const form = withFirst ? `${c.first} ${word}` : word;
      record(c, form, withFirst ? prev.start : t.start);
    });
  }
}

/** Start offsets of the tokens that lie inside a found mention (both lists are in text order). */
function coveredTokens(p: ParagraphNames): Set<number> {
  const out = new Set<number>();
  let k = 0;
  for (const t of p.toks) {
    while (k < p.mentions.length && p.mentions[k]!.end <= t.start) k++;
    const m = p.mentions[k];
    if (m && t.start < m.end && t.end > m.start) out.add(t.start);
  }
  return out;
}

/**
 * A bare word after "in", "at", "from" … somewhere in the text names a place
 * ("in Lyon"). `plain`: only the word without a possessive counts ("in
 * Lyon's view" may be a person's).
 */
function looksLikePlace(c: Cluster, paragraphs: ParagraphNames[], lx: PeopleLexicon, plain = false): boolean {
  return paragraphs.some((p) =>
    p.toks.some((t, i) => (plain ? t.text : stripPossessive(t.text)) === c.last && i > 0 && p.toks[i - 1]!.word && lx.isLocative(p.toks[i - 1]!.text)),
  );
}

/** Distance between two clusters' names when one may be a garble of the other, else null. */
function nameDistance(a: Cluster, b: Cluster, lx: PeopleLexicon): number | null {
  const last = garbleDistance(a.last, b.last, lx.garble);
  if (last === null) return null;
  if (a.first !== null && b.first !== null) {
    if (isInitialOf(a.first, b.first) || isInitialOf(b.first, a.first)) return last;
    const first = garbleDistance(a.first, b.first, lx.garble);
    return first === null ? null : first + last;
  }
  return last;
}

function rolesClash(a: Cluster, b: Cluster, lx: PeopleLexicon): boolean {
  const x = titleIdIn(a.role, lx);
  const y = titleIdIn(b.role, lx);
  return x !== null && y !== null && x !== y;
}

/**
 * Folds a rare spelling into a far more frequent near-identical one. Two
 * spellings that are both frequent are two people ("Hart" and "Hurt" each
 * named three times), and so are two that carry different titles.
 */
function mergeGarbles(clusters: Cluster[], lx: PeopleLexicon): void {
  const ratio = lx.garble.frequentRatio;
  for (let changed = true; changed; ) {
    changed = false;
    const order = [...clusters].sort((a, b) => a.count - b.count || b.pos - a.pos);
    for (const rare of order) {
      let target: Cluster | null = null;
      let best = Infinity;
      for (const c of clusters) {
        if (c === rare || c.count < rare.count) continue;
        if (c.count === rare.count && rare.first !== null && c.first === null) continue;
        if (!(rare.count === 1 || c.count >= ratio * rare.count)) continue;
        const d = nameDistance(rare, c, lx);
        if (d === null || d === 0 || rolesClash(rare, c, lx)) continue;
        if (d < best || (d === best && target && c.count > target.count)) {
          target = c;
          best = d;
        }
      }
      if (!target) continue;
      absorb(target, rare);
      clusters.splice(clusters.indexOf(rare), 1);
      changed = true;
      break;
    }
  }
}

function absorb(into: Cluster, from: Cluster): void {
  for (const [form, [n, pos]] of from.forms) {
    const f = into.forms.get(form);
    if (f) {
      f[0] += n;
      f[1] = Math.min(f[1], pos);
    } else into.forms.set(form, [n, pos]);
  }
  into.count += from.count;
  into.pos = Math.min(into.pos, from.pos);
  into.first ??= from.first;
  into.verbOnly &&= from.verbOnly;
  into.lexiconOnly &&= from.lexiconOnly;
  if (from.role && from.rolePos < into.rolePos) {
    into.role = from.role;
    into.rolePos = from.rolePos;
  }
}

/** "Marking said" (for "Markin"): a common word next to a speech verb is a mention only as a garble of a known name. */
function attachWeak(clusters: Cluster[], m: RawMention, lx: PeopleLexicon): void {
  const word = keyWords(m.words).at(-1);
  if (!word) return;
  let target: Cluster | undefined;
  let best = Infinity;
  for (const c of clusters) {
    const d = garbleDistance(word, c.last, lx.garble);
    if (d !== null && (d < best || (d === best && target && c.count > target.count))) {
      target = c;
      best = d;
    }
  }
  if (target) record(target, m.text, m.start, m);
}

function toPerson(c: Cluster): Person {
  const weights = new Map<string, number>();
  for (const [form, [n]] of c.forms) weights.set(form, n);
  const mentions = [...c.forms].sort((a, b) => a[1][1] - b[1][1]).map(([form]) => form);
  return { name: chooseName(weights), mentions, role: c.role };
}
