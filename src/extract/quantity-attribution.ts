// Who a sentence credits its figures to: "according to X", "X said/confirmed/
// cited …", "…, said X". The nearest source phrase to the figure wins; a
// personal pronoun stands for the latest named source before it.
import { loadData } from '../data.js';
import { extensions, extensionsVersion } from '../extensions.js';
import { isStopword } from '../util/words.js';
import { MONTHS, WEEKDAYS } from './dates/lexicon.js';
import type { Tok } from './quantity-numbers.js';

interface AttributionData {
  speechVerbs: string[];
  accordingTo: string[];
  sourceWords: string[];
  determiners: string[];
  pronouns: string[];
  byPossessive: { nouns: string[] };
  auxiliaries: { words: string[] };
  documentVerbs: { verbs: string[]; subjects: string[] };
  authorParticiples: { words: string[] };
  nounishVerbs: { words: string[] };
}

const data = loadData<AttributionData>('attribution');
let verbs = new Set(data.speechVerbs);
let verbsFor = -1;

/** The sourcing verbs: the data file's and the configuration's extra speech verbs. */
function sourcingVerbs(): ReadonlySet<string> {
  if (verbsFor !== extensionsVersion()) {
    verbsFor = extensionsVersion();
    verbs = new Set([...data.speechVerbs, ...(extensions().speechVerbs ?? []).map((v) => v.toLowerCase())]);
  }
  return verbs;
}
const ACCORDING = data.accordingTo.map((p) => p.split(' '));
const SOURCE = new Set(data.sourceWords);
const DET = new Set(data.determiners);
const PRONOUNS = new Set(data.pronouns);
const BY_NOUNS = new Set(data.byPossessive.nouns);
const AUXILIARIES = new Set(data.auxiliaries.words);
const DOCUMENT_VERBS = new Set(data.documentVerbs.verbs);
const DOCUMENT_SUBJECTS = new Set(data.documentVerbs.subjects);
const AUTHOR_PARTICIPLES = new Set(data.authorParticiples.words);
const NOUNISH_VERBS = new Set(data.nounishVerbs.words);
/** How many auxiliaries and adverbs may stand between a subject and its verb. */
const MAX_AUX = 2;
const MAX_WORDS = 8;

export interface Source {
  phrase: string;
  /** Offset of the verb or "according to", for choosing the nearest. */
  at: number;
  /** Credits only the figures after `at` ("won 24 seats and, according to exit polls, one in five voters"). */
  onlyAfter?: boolean;
}

type Joined = (a: number, b: number) => boolean;

function isNameish(t: Tok): boolean {
  return /^\p{Lu}/u.test(t.raw) || SOURCE.has(t.low.replace(/\.$/, ''));
}

/** Every source phrase of a sentence. `figureTokens` are never part of a phrase. */
export function findSources(toks: Tok[], text: string, base: number, joined: Joined, figureTokens: ReadonlySet<number>): Source[] {
  const out: Source[] = [];
  const verbSet = sourcingVerbs();
  const gap = (a: number, b: number): string => text.slice(toks[a]!.e - base, toks[b]!.s - base);
  // "the U.S. Geological Survey": the dot of an abbreviation does not end the phrase.
  // "the Pilots' Association": a plural possessive inside a name does not end it either.
  const link: Joined = (a, b) =>
    joined(a, b) || (a >= 0 && b < toks.length && ((ABBREVIATION.test(toks[a]!.raw) && gap(a, b) === '. ') || (PLURAL_POSSESSIVE.test(gap(a, b)) && toks[a]!.raw.endsWith('s') && /^\p{Lu}/u.test(toks[b]!.raw))));
  for (let i = 0; i < toks.length; i++) {
    // "…, by Nordhavn's calculation": the owner of the count is the source.
    if (toks[i]!.low === 'by' && !figureTokens.has(i)) {
      const owner = byPossessive(toks, i, link, figureTokens);
      if (owner) {
        out.push({ phrase: slice(text, base, owner), at: toks[i]!.s });
        continue;
      }
    }
    const acc = ACCORDING.find((p) => p.every((w, k) => toks[i + k]?.low === w && (k === 0 || joined(i + k - 1, i + k))));
    if (acc) {
      const phrase = forward(toks, i + acc.length, link, figureTokens);
      if (phrase) out.push({ phrase: slice(text, base, withAcronym(text, base, phrase)), at: toks[i]!.s, onlyAfter: opensClause(text, base, toks, i, phrase.e, figureTokens) });
      continue;
    }
    // A capitalised "States" or "Reports" is a name, not a verb.
    if (figureTokens.has(i) || /^\p{Lu}/u.test(toks[i]!.raw)) continue;
    const low = toks[i]!.low;
    // "official figures put the toll at 48"; "X, chief economist at Y, estimates …".
    const documentVerb = DOCUMENT_VERBS.has(low) && DOCUMENT_SUBJECTS.has(toks[i - 1]?.low ?? '') && link(i - 1, i);
    const afterApposition = NOUNISH_VERBS.has(low) && i > 0 && /^,\s+$/.test(gap(i - 1, i));
    if (!verbSet.has(low) && !documentVerb && !afterApposition) continue;
    // "an estimated 12,500" is a qualifier, not a source.
    if (toks[i]!.low === 'estimated' && (toks[i - 1]?.low === 'an' || /^[\d$€£]/u.test(toks[i + 1]?.raw ?? ''))) continue;
    // "Luis Example, the mayor of Sometown, said": the subject is before the apposition.
    const apposed = i > 0 && /^,\s+$/.test(gap(i - 1, i)) ? appositionSubject(toks, i, gap, link, figureTokens) : null;
    if (afterApposition && !verbSet.has(low) && !documentVerb && !apposed) continue;
    // "the union has announced", "officials had already estimated": the subject stands before the auxiliaries.
    let before = i - 1;
    while (before >= 0 && i - 1 - before < MAX_AUX && AUXILIARIES.has(toks[before]!.low) && link(before, before + 1)) before--;
    const back = apposed ?? backward(toks, before, link, figureTokens);
    const phrase = back ?? (afterQuoteOrComma(text, base, toks, i) ? forward(toks, i + 1, link, figureTokens) : null);
    if (phrase) out.push({ phrase: slice(text, base, phrase), at: toks[i]!.s });
  }
  return out;
}

const PLURAL_POSSESSIVE = /^['’] $/u;

/**
 * Whether an "according to X" at token i opens what follows rather than
 * closing what came before: it starts the sentence, or it stands between
 * commas in the middle of a clause ("and, according to X, …") with a
 * figure after it. At the end of a sentence it credits the figures before.
 */
function opensClause(text: string, base: number, toks: Tok[], i: number, phraseEnd: number, figureTokens: ReadonlySet<number>): boolean {
  if (i === 0) return true;
  const lead = text.slice(Math.max(0, toks[i - 1]!.s - base), toks[i]!.s - base);
  if (!lead.includes(',') || !/^\s*,/.test(text.slice(phraseEnd - base))) return false;
  let after = false;
  let before = false;
  for (const f of figureTokens) {
    if (toks[f]!.s > phraseEnd) after = true;
    else if (f < i) before = true;
  }
  // "and, according to X, …": a parenthesis that opens the next conjunct.
  return after && (!before || /\b(?:and|but|while)\s*,\s*$/iu.test(lead));
}


/** "by Nordhavn's calculation", "by the agency's count": the capitalised owner before the possessive. */
function byPossessive(toks: Tok[], by: number, joined: Joined, skip: ReadonlySet<number>): { s: number; e: number } | null {
  for (let k = by + 1; k < toks.length && k - by <= MAX_WORDS && joined(k - 1, k) && !skip.has(k); k++) {
    const t = toks[k]!;
    const owner = /^(.+)['’]s$/u.exec(t.raw);
    if (owner) {
      const noun = toks[k + 1];
      if (!noun || !BY_NOUNS.has(noun.low) || !joined(k, k + 1) || !(/^\p{Lu}/u.test(t.raw) || SOURCE.has(owner[1]!.toLowerCase()))) return null;
      return { s: toks[by + 1]!.s, e: t.s + owner[1]!.length };
    }
    if (!isNameish(t) && !(k === by + 1 && DET.has(t.low))) return null;
  }
  return null;
}

/** "U.S", "U.K", "E.U": capitals joined by dots (the last dot is not part of the token). */
const ABBREVIATION = /^\p{Lu}(?:\.\p{Lu})+$/u;

/** How far back an apposition may reach from the verb. */
const MAX_APPOSITION = 12;

/**
 * "X, the mayor of Y, said" / "X, president of Z, said" / "X, 61, said":
 * the verb follows a comma; the comma before it opens a description that
 * starts with a lower-case word or a number; the name before that comma is
 * the subject. Null when the sentence is not shaped so, or no capitalised
 * name stands there.
 */
function appositionSubject(toks: Tok[], verb: number, gap: (a: number, b: number) => string, joined: Joined, skip: ReadonlySet<number>): { s: number; e: number } | null {
  for (let j = verb - 2; j >= 0 && verb - j <= MAX_APPOSITION; j--) {
    const between = gap(j, j + 1);
    if (!between.includes(',')) continue;
    if (!/^,\s+$/.test(between) || !/^[a-z\d]/.test(toks[j + 1]!.raw)) return null;
    // "Santa Lira, 30 km to the north, said": a measured figure opens no description of a person (an age is no figure).
    if (skip.has(j + 1)) return null;
    const subject = backward(toks, j, joined, skip);
    return subject && /^\p{Lu}/u.test(toks[j]!.raw) ? subject : null;
  }
  return null;
}

/** "(SGR)" right after a phrase is part of it: the acronym names the same body. */
function withAcronym(text: string, base: number, r: { s: number; e: number }): { s: number; e: number } {
  const m = /^ \(\p{Lu}{2,8}\)/u.exec(text.slice(r.e - base, r.e - base + 12));
  return m ? { s: r.s, e: r.e + m[0].length } : r;
}

/** A bare pronoun names no one by itself ("…, she said"). */
export function isPronoun(source: Source): boolean {
  return PRONOUNS.has(source.phrase.toLowerCase());
}

/** Pronouns that stand for a named speaker of an earlier clause; "it", "this", "we" … are left unresolved. */
const PERSONAL: ReadonlySet<string> = new Set(['he', 'she', 'they']);

/**
 * The source of a figure at `at`: the nearest source phrase of its
 * sentence. A personal pronoun there ("…, she said") stands for the latest
 * named source before it, in the sentence or, through `earlier`, in the
 * sentences of the paragraph before it; unresolved, no one.
 */
export function nearestSource(all: Source[], at: number, earlier?: () => string | null): string | null {
  const sources = all.some((s) => s.onlyAfter) ? all.filter((s) => !s.onlyAfter || s.at < at) : all;
  if (sources.length === 0) return null;
  const near = sources.reduce((a, b) => (Math.abs(b.at - at) < Math.abs(a.at - at) ? b : a));
  if (!isPronoun(near)) return near.phrase;
  // "The airport operator says it expects 800": "it" stands for the subject before it in the sentence.
  if (near.phrase.toLowerCase() === 'it') return sources.filter((s) => s.at < near.at && !isPronoun(s)).at(-1)?.phrase ?? null;
  if (!PERSONAL.has(near.phrase.toLowerCase())) return null;
  const before = sources.filter((s) => s.at < near.at && !isPronoun(s) && NAMED.test(s.phrase)).at(-1);
  return before?.phrase ?? earlier?.() ?? null;
}

/** A named source ends in a capitalised word ("Andrade", "Health Minister Ana Example"). */
const NAMED = /\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/** The latest named source of a sentence (for a pronoun in a later one), or null. */
export function lastNamedSource(sources: Source[]): string | null {
  return sources.filter((s) => !isPronoun(s) && NAMED.test(s.phrase)).at(-1)?.phrase ?? null;
}

function slice(text: string, base: number, r: { s: number; e: number }): string {
  return text.slice(r.s - base, r.e - base);
}

function afterQuoteOrComma(text: string, base: number, toks: Tok[], i: number): boolean {
  const prev = toks[i - 1];
  const gap = text.slice((prev ? prev.e : base) - base, toks[i]!.s - base);
  return /[,”"’]/u.test(gap) || !prev;
}

/**
 * Subject before the verb: capitalised words and source nouns, with a
 * leading determiner. A lower-case source noun may carry up to
 * MAX_MODIFIERS lower-case words before it ("the port authority", "the
 * national statistics office") when a determiner or the start of the
 * clause bounds them, so the phrase never reaches into the clause before.
 */
function backward(toks: Tok[], i: number, joined: Joined, skip: ReadonlySet<number>): { s: number; e: number } | null {
  let k = i;
  let n = 0;
  while (k >= 0 && n < MAX_WORDS && !skip.has(k) && (isNameish(toks[k]!) || isConnector(toks, k, joined)) && !(k === i && isDateAfterWord(toks, k)) && (k === i || joined(k, k + 1))) {
    k--;
    n++;
  }
  if (n === 0) {
    const t = toks[i];
    if (t && PRONOUNS.has(t.low)) return { s: t.s, e: t.e };
    return null;
  }
  // "The estimate of 500 deaths": a lone determiner before a verb-shaped noun is no subject.
  if (n === 1 && DET.has(toks[i]!.low)) return null;
  if (isLowerSourceNoun(toks[k + 1]!)) k = withModifiers(toks, k, joined, skip);
  if (k >= 0 && DET.has(toks[k]!.low) && joined(k, k + 1) && !skip.has(k)) k--;
  return { s: toks[k + 1]!.s, e: toks[i]!.e };
}

/**
 * "in March, said": a month or weekday right before the verb, after a
 * lower-case word or a number, is a date, not a name. Inside a name it is
 * one ("harbour master Jan Example said").
 */
function isDateAfterWord(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  if (!MONTHS.has(t.low) && !WEEKDAYS.has(t.low)) return false;
  const prev = toks[k - 1];
  return prev !== undefined && /^[a-z\d]/.test(prev.raw);
}

/** Lower-case words that may stand before a lower-case source noun. */
const MAX_MODIFIERS = 2;

function isLowerSourceNoun(t: Tok): boolean {
  return /^[a-z]+$/.test(t.raw) && SOURCE.has(t.low);
}

/** A plain lower-case content word: no figure, function word ("and", "of"), determiner, pronoun or verb of saying. */
function isModifier(t: Tok, skip: ReadonlySet<number>, at: number): boolean {
  return !skip.has(at) && /^[a-z]+(?:-[a-z]+)*$/.test(t.raw) && !isStopword(t.low) && !DET.has(t.low) && !PRONOUNS.has(t.low) && !sourcingVerbs().has(t.low);
}

/**
 * k is the token before a lower-case source noun: steps back over up to
 * MAX_MODIFIERS modifiers when a determiner or a break (a comma, the
 * sentence start) comes before them; k unchanged otherwise.
 */
function withModifiers(toks: Tok[], k: number, joined: Joined, skip: ReadonlySet<number>): number {
  let j = k;
  while (j >= 0 && k - j < MAX_MODIFIERS && joined(j, j + 1) && isModifier(toks[j]!, skip, j)) j--;
  if (j === k) return k;
  const bounded = j < 0 || !joined(j, j + 1) || (DET.has(toks[j]!.low) && !skip.has(j));
  return bounded ? j : k;
}

/**
 * Phrase after "according to" or an inverted "said": up to the first word
 * that is not part of a name. Lower-case modifiers may open it when a
 * source noun or a capitalised word follows them ("according to the port
 * authority").
 */
function forward(toks: Tok[], i: number, joined: Joined, skip: ReadonlySet<number>): { s: number; e: number } | null {
  let k = i;
  if (toks[k] && DET.has(toks[k]!.low) && joined(k - 1, k)) k++;
  const first = k;
  const part = (at: number): boolean => isNameish(toks[at]!) || (/^[a-z]+$/.test(toks[at]!.low) && SOURCE.has(toks[at]!.low));
  let m = k;
  while (m < toks.length && m - k < MAX_MODIFIERS && !part(m) && isModifier(toks[m]!, skip, m) && (m === first || joined(m - 1, m))) m++;
  if (m > k && m < toks.length && part(m) && !skip.has(m) && joined(m - 1, m)) k = m;
  while (k < toks.length && k - i < MAX_WORDS && !skip.has(k) && (part(k) || isConnector(toks, k, joined)) && (k === first || joined(k - 1, k))) k++;
  if (k === first) return null;
  // "the European satellite monitoring service EFMS": lower-case modifiers and
  // a source noun after a capitalised word, and the name that follows it.
  if (k > first && /^\p{Lu}/u.test(toks[k - 1]!.raw)) {
    let m = k;
    while (m < toks.length && m - k < MAX_MODIFIERS && isModifier(toks[m]!, skip, m) && !SOURCE.has(toks[m]!.low) && joined(m - 1, m)) m++;
    if (m < toks.length && isLowerSourceNoun(toks[m]!) && joined(m - 1, m)) {
      m++;
      const start = m;
      while (m < toks.length && m - k < MAX_WORDS && !skip.has(m) && /^\p{Lu}/u.test(toks[m]!.raw) && joined(m - 1, m)) m++;
      k = m > start ? m : start;
    }
  }
  // "the latest report from the National Example Secretariat": a document
  // noun's author is the source, so the phrase runs on through its name.
  // "budget figures compiled by the opposition Green Left party": the compiler is the author.
  const compiled = isLowerSourceNoun(toks[k - 1]!) && AUTHOR_PARTICIPLES.has(toks[k]?.low ?? '') && toks[k + 1]?.low === 'by' && joined(k - 1, k) && joined(k, k + 1);
  if (compiled) {
    let m = k + 2;
    if (toks[m] && DET.has(toks[m]!.low) && joined(m - 1, m)) m++;
    // Up to MAX_MODIFIERS lower-case words before the name ("the opposition Green Left").
    for (let n = 0; n < MAX_MODIFIERS && toks[m] && isModifier(toks[m]!, skip, m) && joined(m - 1, m); n++) m++;
    const start = m;
    while (m < toks.length && m - start < MAX_WORDS && !skip.has(m) && (/^\p{Lu}/u.test(toks[m]!.raw) || isConnector(toks, m, joined)) && joined(m - 1, m)) m++;
    if (m > start) return { s: toks[i]!.s, e: toks[m - 1]!.e };
  }
  if (isLowerSourceNoun(toks[k - 1]!) && OF.has(toks[k]?.low ?? '') && joined(k - 1, k)) {
    let m = k + 1;
    if (toks[m] && DET.has(toks[m]!.low) && joined(m - 1, m)) m++;
    const start = m;
    while (m < toks.length && m - start < MAX_WORDS && !skip.has(m) && (/^\p{Lu}/u.test(toks[m]!.raw) || isConnector(toks, m, joined)) && joined(m - 1, m)) m++;
    if (m > start) k = m;
  }
  return { s: toks[i]!.s, e: toks[k - 1]!.e };
}

/** Lower-case words inside a name: "Ministry of Health", "Centre for Disease Control". */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for']);

/** A connector with a capitalised word right before and right after it. */
function isConnector(toks: Tok[], k: number, joined: Joined): boolean {
  const t = toks[k]!;
  if (!CONNECTORS.has(t.raw)) return false;
  const before = toks[k - 1];
  const after = toks[k + 1];
  return before !== undefined && after !== undefined && /^\p{Lu}/u.test(before.raw) && /^\p{Lu}/u.test(after.raw) && joined(k - 1, k) && joined(k, k + 1);
}

/** Words between a document noun and its author ("report from", "figures of", "estimate by"). */
const OF: ReadonlySet<string> = new Set(['of', 'from', 'by']);
