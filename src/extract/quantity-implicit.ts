// Counts whose noun is not written after the figure: "310 were injured",
// "48 dead", "killing at least 48.", "the death toll rose to 53", "42 of
// them". The governing word decides the unit (data/units.json implicitCounts).
import { loadData } from '../data.js';
import { isStopword } from '../util/words.js';
import type { Links, Tok } from './quantity-numbers.js';
import { nounUnit } from './quantity-units.js';

interface Rule {
  unit: string;
  words: string[];
}
interface ImplicitData {
  implicitCounts: {
    adjectives: Rule;
    verbsAfter: Rule & { auxiliaries: string[] };
    verbsBefore: Rule;
    headNouns: { unit: string; maxDistance: number; phrases: string[]; links: string[] };
    partitive: { words: string[] };
    population: { unit: string; nouns: string[] };
  };
}

const data = loadData<ImplicitData>('units').implicitCounts;
const ADJECTIVES = new Set(data.adjectives.words);
const AUX = new Set(data.verbsAfter.auxiliaries);
const VERBS_AFTER = new Set(data.verbsAfter.words);
const VERBS_BEFORE = new Set(data.verbsBefore.words);
const HEADS = data.headNouns.phrases.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const LINKS = new Set(data.headNouns.links);
const PARTITIVE = new Set(data.partitive.words);
const SETTLEMENTS = new Set(data.population.nouns);
const MAX_AUX = 3;

export interface Implicit {
  unit: string;
  /** The governing word as written ("injured", "toll", "them"). */
  unitText: string;
  /** Set when the claim text takes in the word ("48 dead", "42 of them"). */
  lastTok: number | null;
}

/**
 * The unit of the figure spanning tokens first..last (first includes a
 * qualifier), or null. `previousUnit` is the unit of the figure before it in
 * the sentence, for "42 of them".
 */
export function implicitUnit(toks: Tok[], first: number, last: number, links: Links, previousUnit: string | null): Implicit | null {
  const { joined } = links;
  const next = toks[last + 1];
  const nextJoined = next !== undefined && joined(last, last + 1);
  if (nextJoined && next.low === 'of' && PARTITIVE.has(toks[last + 2]?.low ?? '') && joined(last + 1, last + 2)) {
    // Without a figure before, the antecedent is the noun right before the comma: "volunteers, hundreds of whom".
    const antecedent = toks[first - 1] && /^\s*,\s*$/.test(links.gap(first - 1, first)) ? nounUnit(toks[first - 1]!.low) : null;
    const unit = previousUnit ?? antecedent;
    if (unit) return { unit, unitText: toks[last + 2]!.raw, lastTok: last + 2 };
  }
  if (nextJoined && ADJECTIVES.has(next.low)) return { unit: data.adjectives.unit, unitText: next.raw, lastTok: last + 1 };
  const verb = verbAfter(toks, last, joined);
  if (verb) return { unit: data.verbsAfter.unit, unitText: verb.raw, lastTok: null };
  const before = toks[first - 1];
  const endsPhrase = !nextJoined || isStopword(next.low);
  if (before && VERBS_BEFORE.has(before.low) && joined(first - 1, first) && endsPhrase) {
    return { unit: data.verbsBefore.unit, unitText: before.raw, lastTok: null };
  }
  const head = headNoun(toks, first, joined);
  if (head) return { unit: head.unit, unitText: head.text, lastTok: null };
  // "a town of 9,300": a settlement of N, with no noun after the figure.
  if (before?.low === 'of' && joined(first - 1, first) && SETTLEMENTS.has(toks[first - 2]?.low ?? '') && joined(first - 2, first - 1) && endsPhrase) {
    return { unit: data.population.unit, unitText: toks[first - 2]!.raw, lastTok: null };
  }
  return null;
}

function verbAfter(toks: Tok[], last: number, joined: (a: number, b: number) => boolean): Tok | null {
  for (let j = last + 1; j <= last + 1 + MAX_AUX && j < toks.length; j++) {
    if (!joined(j - 1, j)) return null;
    const t = toks[j]!;
    if (VERBS_AFTER.has(t.low)) return t;
    if (!AUX.has(t.low)) return null;
  }
  return null;
}

/**
 * "the death toll from the quake rose to 53", "bringing the number of
 * aircraft fighting the fire to 16": a linking word before the figure, a
 * head noun earlier in the clause ("number of" and a unit noun name theirs).
 */
function headNoun(toks: Tok[], first: number, joined: (a: number, b: number) => boolean): { unit: string; text: string } | null {
  const link = toks[first - 1];
  if (!link || !LINKS.has(link.low) || !joined(first - 1, first)) return null;
  const stop = Math.max(0, first - 1 - data.headNouns.maxDistance);
  for (let m = first - 2; m >= stop; m--) {
    if (/^\P{L}/u.test(toks[m]!.raw)) return null;
    const phrase = HEADS.find((h) => h.every((w, n) => toks[m + n]?.low === w && m + n < first - 1));
    if (phrase) return { unit: data.headNouns.unit, text: toks.slice(m, m + phrase.length).map((t) => t.raw).join(' ') };
    if (toks[m]!.low === 'number' && toks[m + 1]?.low === 'of' && m + 2 < first - 1) {
      const unit = nounUnit(toks[m + 2]!.low);
      if (unit) return { unit, text: toks[m + 2]!.raw };
    }
  }
  return null;
}
