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
const EXPECTING = new Set(['expect', 'expects', 'anticipate', 'anticipates', 'forecast', 'forecasts', 'predict', 'predicts']);
const PREPOSITION_BREAKS = new Set(['before', 'after', 'until', 'since', 'till']);
const BE_PRESENT = new Set(['is', 'are', 'am', "'s"]);
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
  const doc = tokens(sentence);
  const raw = doc.docs.flat();
  const clause = clauseIds(raw);
  // The terms each span covers, found before tagging: offsets, words and
  // punctuation come from the tokenizer alone.
  const covered = spans.map((span) => {
    const first = raw.findIndex((t) => base + t.offset.start + t.offset.length > span.start);
    let last = first;
    if (first >= 0) while (last + 1 < raw.length && base + raw[last + 1]!.offset.start < span.end) last++;
    return { first, last };
  });
  preTag(doc, raw, readTerms(raw, clause, covered));
  const terms: Term[] = raw.map((t) => ({ text: t.text, normal: t.normal, post: t.post, tags: [...t.tags], offset: t.offset }));
  const cues = collectCues(terms);
  return spans.map((span, n) => {
    const { first, last } = covered[n]!;
    if (first < 0) return null;
    const own = (c: Cue): boolean => c.idx < first || c.idx > last;
    const usable = (c: Cue): boolean => own(c) && (c.verb || span.withWords);
    // "announced a strike for 16 May", "the vote was set for Friday": a date
    // after "for" is when the planned thing happens, so the past tense of the
    // announcing says nothing about it.
    const planned = first > 0 && terms[first - 1]!.normal === 'for';
    // "no rain before Sunday", "open until Friday": a clause word that governs
    // the date itself is a preposition here, so the date belongs to the clause before it.
    const home = first >= 2 && PREPOSITION_BREAKS.has(terms[first - 1]!.normal) && clause[first - 1] !== clause[first - 2] ? clause[first - 2]! : clause[first]!;
    const inClause = cues.filter((c) => (clause[c.idx] === home || clause[c.idx] === clause[first]) && usable(c) && !(planned && c.tense === 'past'));
    if (inClause.length > 0) return nearest(inClause, first, last).tense;
    // A fronted adverbial clause ("On Friday, X said") borrows from the clause
    // right after it; a clause with a verb of its own (a quote before "said
    // X") does not.
    if (clause[first] === 0 && !terms.some((t, k) => clause[k] === 0 && (k < first || k > last) && t.tags.includes('Verb'))) {
      const nextClause = cues.filter((c) => clause[c.idx] === 1 && usable(c));
      if (nextClause.length > 0) return nextClause.reduce((a, b) => (b.idx < a.idx ? b : a)).tense;
    }
    return null;
  });
}

/**
 * The terms whose tags the decision may read: those of each span's clause
 * (and of clause 1 for a span in clause 0, see tensesFor), plus the
 * MODAL_REACH terms before each, which modalBefore looks back over. Cues
 * found elsewhere are computed but never chosen.
 */
function readTerms(raw: RawTerm[], clause: number[], covered: { first: number }[]): Set<RawTerm> {
  const wanted = new Set<number>();
  for (const { first } of covered) {
    if (first < 0) continue;
    wanted.add(clause[first]!);
    if (clause[first] === 0) wanted.add(1);
    // The clause before a governing "before"/"until" (see tensesFor's home clause).
    if (first >= 2 && PREPOSITION_BREAKS.has(raw[first - 1]!.normal)) wanted.add(clause[first - 2]!);
  }
  const read = new Set<RawTerm>();
  for (let i = 0; i < raw.length; i++) {
    if (!wanted.has(clause[i]!)) continue;
    for (let k = Math.max(0, i - MODAL_REACH); k <= i; k++) read.add(raw[k]!);
  }
  return read;
}

/**
 * Tense needs word classes, not compromise's whole contextual tagger: the
 * lexicon and the pre-tagger (suffix rules, neighbours) find verbs, modals
 * and past forms at a fraction of the cost of nlp(text).json(). The terms
 * are read straight from the document, skipping the JSON serialisation.
 * (The lexicon alone, without the pre-tagger, misreads too many tenses.)
 *
 * This is nlp.tokenize(sentence) then the lexicon, minus the second
 * 'normal' pass nlp.tokenize runs: fromString already normalises every term,
 * and the normal form is a pure function of the term's text, which nothing
 * in between changes, so doing it again only costs time (a tenth of tagging).
 */
function tokens(sentence: string): Doc {
  const doc = new View(world.methods.one.tokenize.fromString(sentence, world));
  doc.compute(['alias', 'machine', 'contractions']);
  doc.compute('lexicon');
  // Offsets before the pre-tagger (see preTag): it changes tags only, never text or spacing.
  doc.compute('offset');
  return doc;
}

/**
 * Runs compromise's pre-tagger on the chunks that hold a term of read, or
 * on the whole document when that cannot be shown to give the same tags.
 *
 * Why the same tags: the pre-tagger first tags a colon after the first word
 * of each sentence, then cuts every sentence into chunks at commas, colons
 * and semicolons (quickSplit) and tags each chunk on its own: every rule
 * sees only the terms of its chunk (and a term's document index, which
 * nlp.tokenize never sets). So tagging some of the chunks tags them exactly
 * as tagging all of them does, provided (1) the colon rule does nothing, on
 * the whole document (so the chunks cut here, before it runs, are those the
 * pre-tagger cuts) and on the chunks passed in (where it runs again, on each
 * chunk's first term), and (2) quickSplit cuts none of the chunks passed in
 * further: inside a chunk it decides as before (same terms, same tags), and
 * it never cuts after a chunk's last term.
 */
function preTag(doc: Doc, raw: RawTerm[], read: Set<RawTerm>): void {
  if (read.size === raw.length) {
    doc.compute('preTagger');
    return;
  }
  const docs = doc.docs;
  const chunks = docs.some(colonRuleMayFire) ? [] : world.methods.two.quickSplit(docs);
  const wanted = chunks.filter((c) => c.some((t) => read.has(t)));
  if (chunks.length === 0 || wanted.some(colonRuleMayFire)) {
    doc.compute('preTagger');
    return;
  }
  world.compute.preTagger({ docs: wanted, methods: world.methods, model: world.model, world });
}

/** Whether compromise's first pre-tagger rule (a colon after the first word: "Breaking: …") may tag these terms. */
function colonRuleMayFire(terms: RawTerm[]): boolean {
  return terms.length >= 3 && terms[0]!.post.includes(':');
}

interface RawTerm {
  text: string;
  normal: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/** The few compromise internals tag() drives directly (nlp.world() exposes them). */
interface Doc {
  readonly docs: RawTerm[][];
  compute(names: string | string[]): unknown;
}
interface TaggerView {
  docs: RawTerm[][];
  methods: World['methods'];
  model: unknown;
  world: World;
}
interface World {
  methods: {
    one: { tokenize: { fromString(text: string, world: World): RawTerm[][] } };
    two: { quickSplit(docs: RawTerm[][]): RawTerm[][] };
  };
  model: unknown;
  compute: { preTagger(view: TaggerView): unknown };
}

const world = nlp.world() as unknown as World;
/** compromise's document class, which the contraction step needs (it builds terms through it). */
const View = nlp.tokenize('').constructor as new (document: RawTerm[][]) => Doc;

const MAX_TAGGED = 300;
const WINDOW = 120;
/** How many terms modalBefore looks back over. */
const MODAL_REACH = 3;

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

function clauseIds(terms: { post: string; normal: string }[]): number[] {
  const ids: number[] = [];
  let id = 0;
  terms.forEach((t, i) => {
    // "... on Sunday and would meet them again": a coordinated verb phrase
    // with its own modal is a clause of its own.
    const coordinated = (t.normal === 'and' || t.normal === 'or') && MODALS.has(terms[i + 1]?.normal ?? '');
    if (i > 0 && (CLAUSE_PUNCT.test(terms[i - 1]!.post) || CLAUSE_BREAKS.has(t.normal) || coordinated)) id++;
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
    // "INMET does not expect rain before Sunday": expecting looks ahead.
    if (isVerb && EXPECTING.has(normal)) {
      cues.push({ idx: i, tense: 'future', verb: true });
      return;
    }
    // "a ruling is expected on Thursday", "the vote is scheduled for May":
    // a plan in the present, so the date lies ahead, whatever the participle's tag.
    if (FUTURE_AUX.has(normal) && i > 0 && BE_PRESENT.has(terms[i - 1]!.normal)) {
      cues.push({ idx: i, tense: 'future', verb: true });
      return;
    }
    if (isVerb && !PARTICLES.has(normal) && !t.tags.includes('Infinitive') && !t.tags.includes('Gerund')) {
      // "will be held", "may have met": the modal, not the participle, sets the time.
      if (modalBefore(terms, i)) cues.push({ idx: i, tense: 'future', verb: true });
      // "a strike is called for May": a present passive, not a past.
      else if (t.tags.includes('PastTense') && i > 0 && BE_PRESENT.has(terms[i - 1]!.normal)) cues.push({ idx: i, tense: 'present', verb: true });
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
  for (let k = i - 1; k >= Math.max(0, i - MODAL_REACH); k--) {
    const t = terms[k]!;
    if (CLAUSE_PUNCT.test(t.post)) return false;
    // A capitalised word is a name here ("Will Hurd said"), whatever the lexicon thinks.
    if (/^\p{Lu}/u.test(t.text) && t.text !== 'I') return false;
    if (t.tags.includes('Verb') && MODALS.has(t.normal || t.text.toLowerCase())) return true;
    if (!t.tags.includes('Verb') && !t.tags.includes('Adverb')) return false;
  }
  return false;
}
