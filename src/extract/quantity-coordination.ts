// A figure written without its unit borrows one from a figure it is
// coordinated or compared with in the same sentence ("won 52 of 150 seats",
// "41 seats, a loss of 17", "the Greens won 16 seats and the Free Democrats
// 10"). The links are listed in data/units.json (coordination); a bare figure
// nothing links to is dropped, so lone numbers never get a guessed unit.
import nlp from 'compromise';
import { loadData } from '../data.js';
import { isStopword } from '../util/words.js';
import type { Links, Tok } from './quantity-numbers.js';

interface CoordinationData {
  coordination: {
    forward: { links: string[] };
    cuesBefore: { phrases: string[] };
    cuesAfter: { words: string[] };
    gapping: { coordinators: string[]; maxWords: number };
  };
}

const data = loadData<CoordinationData>('units').coordination;
const FORWARD = data.forward.links.map((l) => l.split(' '));
const BEFORE = data.cuesBefore.phrases.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const AFTER = new Set(data.cuesAfter.words);
const COORDINATORS = new Set(data.gapping.coordinators);
const ARTICLES = new Set(['the', 'a', 'an']);
const MAX_BACK = 8;

/** A figure of the sentence by token range; `unit` is null while it has none. */
export interface Placed {
  first: number;
  lastTok: number;
  unit: string | null;
  unitText: string;
}

/** The figure whose unit the bare figure `figs[n]` takes, or null. Earlier figures must already be resolved. */
export function coordinatedWith(toks: Tok[], text: string, base: number, figs: Placed[], n: number, links: Links): Placed | null {
  const { joined } = links;
  const b = figs[n]!;
  const next = figs[n + 1];
  if (next?.unit && FORWARD.some((l) => l.length === next.first - b.lastTok - 1 && l.every((w, k) => toks[b.lastTok + 1 + k]!.low === w && joined(b.lastTok + k, b.lastTok + 1 + k)))) {
    return next;
  }
  // A bounded look back keeps a sentence of many bare figures (a results table) linear.
  const before = figs.slice(Math.max(0, n - MAX_BACK), n).filter((f) => f.unit !== null);
  const nearest = before[before.length - 1];
  if (!nearest) return null;
  if (cueBefore(toks, b.first, joined)) return nearest;
  const after = toks[b.lastTok + 1];
  if (after && AFTER.has(after.low) && joined(b.lastTok, b.lastTok + 1)) return nearest;
  const endsPhrase = !after || !joined(b.lastTok, b.lastTok + 1) || isStopword(after.low);
  if (!endsPhrase) return null;
  const verb = toks[b.first - 1];
  if (verb && joined(b.first - 1, b.first) && /^\p{Ll}+$/u.test(verb.raw) && !isStopword(verb.low)) {
    const same = before.slice().reverse().find((f) => toks[f.first - 1]?.low === verb.low);
    if (same) return same;
  }
  if (nearest === figs[n - 1] && gapped(toks, text, base, nearest.lastTok, b.first)) return nearest;
  return null;
}

function cueBefore(toks: Tok[], first: number, joined: Links['joined']): boolean {
  const end = ARTICLES.has(toks[first - 1]?.low ?? '') && joined(first - 1, first) ? first - 1 : first;
  return BEFORE.some((p) => {
    const s = end - p.length;
    return s >= 0 && p.every((w, k) => toks[s + k]!.low === w && joined(s + k, s + k + 1));
  });
}

/** ", and Estavia First" between the two figures: a coordinator, then a short noun phrase with no verb. */
function gapped(toks: Tok[], text: string, base: number, from: number, to: number): boolean {
  const words = to - from - 1;
  if (words < 2 || words > data.gapping.maxWords + 1) return false;
  const co = toks[from + 1]!;
  if (!COORDINATORS.has(co.low)) return false;
  const between = text.slice(toks[from]!.e - base, toks[to]!.s - base);
  // Inside one clause: a colon, semicolon or dash would start another.
  if (/[;:–—()]/u.test(between) || /,.*,/su.test(between)) return false;
  const phrase = text.slice(toks[from + 2]!.s - base, toks[to - 1]!.e - base);
  return !hasVerb(phrase);
}

/**
 * compromise's reading of a short phrase, remembered: one nlp() call costs
 * far more than the rest of a sentence, and reprints of a story repeat the
 * same phrases. nlp() is a pure function of the text here (nothing in the
 * program changes its lexicon), and the memo is emptied when full, so it
 * stays small.
 */
const VERB_MEMO = new Map<string, boolean>();
const VERB_MEMO_MAX = 512;

function hasVerb(phrase: string): boolean {
  let known = VERB_MEMO.get(phrase);
  if (known === undefined) {
    if (VERB_MEMO.size >= VERB_MEMO_MAX) VERB_MEMO.clear();
    known = nlp(phrase).has('#Verb');
    VERB_MEMO.set(phrase, known);
  }
  return known;
}
