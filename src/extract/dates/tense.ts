// Decides, for each date expression of one sentence, whether its clause speaks
// of the past or the future. compromise tags the verbs (one call per sentence
// that holds a date); the decision is ours: the cue nearest the date inside
// its own clause wins, and a fronted adverbial ("On Friday, X said") borrows
// the tense of the clause that follows it.
import nlp from 'compromise';
import { CLAUSE_BREAKS, FUTURE_AUX, FUTURE_WORDS, PAST_WORDS } from './lexicon.js';

export type Tense = 'past' | 'future' | 'present' | null;

interface Term {
  text: string;
  normal: string;
  tags: string[];
  post: string;
  offset: { start: number; length: number };
}

interface Cue {
  idx: number;
  tense: 'past' | 'future' | 'present';
  /** Verb cues hold for every date; word cues ("possible", "ago") only where verbs may mislead. */
  verb: boolean;
}

const MODALS = new Set(['will', "'ll", 'shall', 'would', 'may', 'might', 'could', 'wo']);
const PARTICLES = new Set(['on', 'in', 'at', 'up', 'off', 'out', 'over', 'down', 'to', 'by', 'for', 'about']);
const CLAUSE_PUNCT = /[,;:()\u2013\u2014"“”]/u;

/**
 * Tense of each span (absolute offsets) in a sentence whose text starts at base.
 * withWords: also count prospective words ("possible invasion in January").
 */
export function tensesFor(sentence: string, base: number, spans: { start: number; end: number; withWords: boolean }[], windowed = false): Tense[] {
  if (spans.length === 0) return [];
  // Tense is decided inside the date's clause, so a long sentence is tagged
  // only in a window around each date: cheaper, and linear on one huge
  // "sentence" (scraped text with no full stops), where compromise is not.
  if (!windowed && sentence.length > MAX_TAGGED) {
    return spans.map((span) => {
      const from = wordStart(sentence, Math.max(0, span.start - base - WINDOW));
      const to = wordEnd(sentence, Math.min(sentence.length, span.end - base + WINDOW));
      // A window is always shorter than the sentence, so this ends.
      if (to - from >= sentence.length) return tensesFor(sentence, base, [span], true)[0] ?? null;
      return tensesFor(sentence.slice(from, to), base + from, [span], true)[0] ?? null;
    });
  }
  const terms = tag(sentence);
  const clause = clauseIds(terms);
  const cues = collectCues(terms);
  return spans.map((span) => {
    const first = terms.findIndex((t) => base + t.offset.start + t.offset.length > span.start);
    if (first < 0) return null;
    let last = first;
    while (last + 1 < terms.length && base + terms[last + 1]!.offset.start < span.end) last++;
    const own = (c: Cue): boolean => c.idx < first || c.idx > last;
    const usable = (c: Cue): boolean => own(c) && (c.verb || span.withWords);
    const inClause = cues.filter((c) => clause[c.idx] === clause[first] && usable(c));
    if (inClause.length > 0) return nearest(inClause, first, last).tense;
    // A fronted adverbial clause borrows from the clause right after it.
    if (clause[first] === 0) {
      const nextClause = cues.filter((c) => clause[c.idx] === 1 && usable(c));
      if (nextClause.length > 0) return nextClause.reduce((a, b) => (b.idx < a.idx ? b : a)).tense;
    }
    return null;
  });
}

/**
 * Tense needs word classes, not compromise's whole contextual tagger: the
 * lexicon and the pre-tagger (suffix rules, neighbours) find verbs, modals
 * and past forms at a fraction of the cost of nlp(text).json(). The terms
 * are read straight from the document, skipping the JSON serialisation.
 * (The lexicon alone, without the pre-tagger, misreads too many tenses.)
 */
function tag(sentence: string): Term[] {
  const doc = nlp.tokenize(sentence);
  doc.compute('lexicon');
  doc.compute('preTagger');
  doc.compute('offset');
  const raw = (doc as unknown as { docs: RawTerm[][] }).docs;
  return raw.flat().map((t) => ({ text: t.text, normal: t.normal, post: t.post, tags: [...t.tags], offset: t.offset }));
}

interface RawTerm {
  text: string;
  normal: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

const MAX_TAGGED = 300;
const WINDOW = 120;

function wordStart(text: string, i: number): number {
  while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
  return i;
}

function wordEnd(text: string, i: number): number {
  while (i < text.length && !/\s/.test(text[i]!)) i++;
  return i;
}

function nearest(cues: Cue[], first: number, last: number): Cue {
  const dist = (c: Cue): number => (c.idx < first ? first - c.idx : c.idx - last + 0.5);
  return cues.reduce((a, b) => (dist(b) < dist(a) ? b : a));
}

function clauseIds(terms: Term[]): number[] {
  const ids: number[] = [];
  let id = 0;
  terms.forEach((t, i) => {
    if (i > 0 && (CLAUSE_PUNCT.test(terms[i - 1]!.post) || CLAUSE_BREAKS.has(t.normal))) id++;
    ids.push(id);
  });
  return ids;
}

function collectCues(terms: Term[]): Cue[] {
  const cues: Cue[] = [];
  terms.forEach((t, i) => {
    const normal = t.normal || t.text.toLowerCase();
    const next = terms[i + 1];
    const isVerb = t.tags.includes('Verb');
    if (isVerb && MODALS.has(normal)) {
      // "Will Hurd said …": a capitalised Will before a name is the name.
      if (t.text === 'Will' && next && /^\p{Lu}/u.test(next.text)) return;
      cues.push({ idx: i, tense: 'future', verb: true });
      return;
    }
    if (FUTURE_AUX.has(normal) && next?.normal === 'to') {
      cues.push({ idx: i, tense: 'future', verb: true });
      return;
    }
    if (isVerb && !PARTICLES.has(normal) && !t.tags.includes('Infinitive') && !t.tags.includes('Gerund')) {
      // "will be held", "may have met": the modal, not the participle, sets the time.
      if (modalBefore(terms, i)) cues.push({ idx: i, tense: 'future', verb: true });
      else if (t.tags.includes('PastTense')) cues.push({ idx: i, tense: 'past', verb: true });
      else if (t.tags.includes('PresentTense') && !t.tags.includes('Auxiliary')) cues.push({ idx: i, tense: 'present', verb: true });
      else if (t.tags.includes('Auxiliary') && /^(was|were|had|did)$/.test(normal)) cues.push({ idx: i, tense: 'past', verb: true });
      return;
    }
    if (FUTURE_WORDS.has(normal)) cues.push({ idx: i, tense: 'future', verb: false });
    else if (PAST_WORDS.has(normal)) cues.push({ idx: i, tense: 'past', verb: false });
  });
  return cues;
}

function modalBefore(terms: Term[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = terms[k]!;
    if (CLAUSE_PUNCT.test(t.post)) return false;
    // A capitalised word is a name here ("Will Hurd said"), whatever the lexicon thinks.
    if (/^\p{Lu}/u.test(t.text) && t.text !== 'I') return false;
    if (t.tags.includes('Verb') && MODALS.has(t.normal || t.text.toLowerCase())) return true;
    if (!t.tags.includes('Verb') && !t.tags.includes('Adverb')) return false;
  }
  return false;
}
