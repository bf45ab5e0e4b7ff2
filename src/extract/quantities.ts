// Figures with what they count: "as many as 12,500 troops", "three phone
// calls", "US$2.5 billion", "tens of thousands of soldiers", "magnitude 6.9",
// "40%", "310 were injured". A walk over word tokens per sentence; years,
// days of month, ages, ordinals and date offsets ("N years ago", "two days
// after") are not quantities.
import { loadData } from '../data.js';
import type { Draft, QuantityClaim, Qualifier, Segmented } from '../types.js';
import { findSources, lastNamedSource, nearestSource } from './quantity-attribution.js';
import { contextWords, textWords } from './quantity-context.js';
import { coordinatedWith } from './quantity-coordination.js';
import { fractionAt, ratioAt, type Share } from './quantity-fractions.js';
import { implicitUnit } from './quantity-implicit.js';
import { mayStartFigure, readFigure, tokenize, type DocCues, type Figure, type Links, type Tok } from './quantity-numbers.js';
import { AGE, countsWholeThings, currencyCodeBefore, gluedUnitAt, hyphenPrefix, isMoney, isTimeNoun, nounUnit, prefixBefore, topicCues, unitAfter } from './quantity-units.js';

interface UnitsData {
  collectives: { id: string; noun: string; unit: string }[];
}
interface QualifiersData {
  qualifiers: { id: string; words: string; qualifier: Qualifier }[];
  range: { open: string[]; joins: string[] };
}

const COLLECTIVES = new Map(loadData<UnitsData>('units').collectives.map((c) => [c.noun, c.unit]));
const quals = loadData<QualifiersData>('qualifiers');
const QUALIFIERS = quals.qualifiers.map((q) => ({ words: q.words.split(' '), qualifier: q.qualifier })).sort((a, b) => b.words.length - a.words.length);
const RANGE_OPEN = new Set(quals.range.open);
const RANGE_JOIN = new Set(quals.range.joins);
const MONTH_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const PER_WORDS = new Set(['a', 'an', 'per', 'each', 'every', 'of']);
/**
 * A decimal comma no one could read otherwise: before a percent sign or a
 * scale word ("3,5 %", "4,2 percent", "1,5 million"). A document that writes
 * one writes "9.800" for nine thousand eight hundred.
 */
const DECIMAL_COMMA = /(?<![\d.,])\d{1,3},\d{1,2}\s?(?:%|percent\b|per cent\b|procent|million|billion|mil\b|mld\b)/iu;
const DETERMINERS = new Set(['the', 'these', 'those', 'their', 'its', 'his', 'her', 'our', 'both', 'all']);

export function extractQuantities(seg: Segmented): Draft<QuantityClaim>[] {
  const out: Draft<QuantityClaim>[] = [];
  // The topic cues are read only when a sentence has a form that needs them
  // ("43 mandates"), so the document is scanned for them at most once, and
  // only then.
  let cues: ReadonlySet<string> | null = null;
  const docCues = (): ReadonlySet<string> => (cues ??= topicCues(seg.paragraphs.map((p) => p.text).join('\n')));
  let comma: boolean | null = null;
  const decimalComma = (): boolean => (comma ??= seg.paragraphs.some((p) => DECIMAL_COMMA.test(p.text)));
  let lastSentence = '';
  for (const p of seg.paragraphs) {
    p.sentences.forEach((s, j) => {
      const asked = askedUnit(lastSentence);
      lastSentence = s.text;
      // Who "she" is, asked only when a figure's source is a pronoun: the
      // latest named source of the paragraph's earlier sentences.
      const earlier = (): string | null => {
        for (let k = j - 1; k >= 0; k--) {
          const named = namedSourceOf(p.sentences[k]!.text, p.sentences[k]!.start);
          if (named !== null) return named;
        }
        return null;
      };
      out.push(...inSentence(s.text, s.start, docCues, earlier, decimalComma, asked));
    });
  }
  return out;
}

/** The latest named source a sentence states, figures or not. */
function namedSourceOf(text: string, base: number): string | null {
  const toks = tokenize(text, base);
  const joined = (a: number, b: number): boolean => a >= 0 && b < toks.length && spacesOnly(text, toks[a]!.e - base, toks[b]!.s - base);
  return lastNamedSource(findSources(toks, text, base, joined, new Set()));
}

interface Found {
  first: number;
  /** Absolute end of the claim text. */
  end: number;
  value: number | null;
  valueMax: number | null;
  unit: string;
  unitText: string;
  qualifier: Qualifier;
  lastTok: number;
  /** No unit of its own yet: kept only if coordinatedWith finds it one. */
  bare?: boolean;
}

/**
 * `cues`: the document's topic words (topicCues), or a function giving them
 * when first needed; without them a sentence is its own topic. `earlier`:
 * the latest named source before the sentence, for a pronoun source.
 */
export function inSentence(text: string, base: number, cues?: DocCues, earlier?: () => string | null, decimalComma?: () => boolean, asked: string | null = null): Draft<QuantityClaim>[] {
  const toks = tokenize(text, base);
  const gap = (a: number, b: number): string => (a >= 0 && b < toks.length ? text.slice(toks[a]!.e - base, toks[b]!.s - base) : '');
  const links: Links = { joined: (a, b) => a >= 0 && b < toks.length && spacesOnly(text, toks[a]!.e - base, toks[b]!.s - base), gap, cues, decimalComma, askedUnit: asked };
  const all: Found[] = [];
  let previousUnit: string | null = null;
  for (let i = 0; i < toks.length; i++) {
    if (!mayStartFigure(toks[i]!)) continue;
    const hit = figureAt(toks, i, text, base, links, previousUnit);
    if (!hit) continue;
    all.push(hit);
    if (!hit.bare) previousUnit = hit.unit;
    i = hit.lastTok;
  }
  const placed = all.map((f) => ({ first: f.first, lastTok: f.lastTok, unit: f.bare ? null : f.unit, unitText: f.unitText }));
  placed.forEach((p, n) => {
    if (p.unit !== null) return;
    const other = coordinatedWith(toks, text, base, placed, n, links);
    if (!other) return;
    p.unit = other.unit;
    p.unitText = other.unitText;
    all[n] = { ...all[n]!, unit: other.unit!, unitText: other.unitText, bare: false };
  });
  const found = all.filter((f) => !f.bare);
  if (found.length === 0) return [];
  const figureTokens = new Set<number>();
  for (const f of found) for (let k = f.first; k <= f.lastTok; k++) figureTokens.add(k);
  const sources = findSources(toks, text, base, links.joined, figureTokens);
  // The sentence's words are matched once for the context of all its claims.
  const words = textWords(text);
  return found.map((f) => {
    const start = toks[f.first]!.s;
    const span = { start, end: f.end };
    return {
      kind: 'quantity' as const,
      offset: start,
      text: text.slice(start - base, f.end - base),
      value: f.value,
      valueMax: f.valueMax,
      unit: f.unit,
      unitText: f.unitText,
      qualifier: f.qualifier,
      attributedTo: nearestSource(sources, start, earlier),
      context: contextWords(text, base, span, 8, undefined, words),
    };
  });
}

/**
 * True when text[from, to) is one or two spaces, tabs or no-break spaces: the
 * test /^[ \t\u00a0]{1,2}$/ on the gap, read in place instead of slicing it
 * (joined is asked several times per token).
 */
function spacesOnly(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n !== 1 && n !== 2) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

function figureAt(toks: Tok[], i: number, text: string, base: number, links: Links, previousUnit: string | null): Found | null {
  const { joined } = links;
  const fraction = fractionAt(toks, i, links);
  if (fraction) return share(toks, i, fraction, joined);
  const fig = readFigure(toks, i, links);
  if (!fig) return scaleInToken(toks, i);
  if (notAQuantity(toks, fig, text, base, links)) return null;
  const ratio = fig.value !== null && !fig.currency ? ratioAt(toks, fig.last, fig.value, links) : null;
  if (ratio) return share(toks, i, ratio, joined);
  let k = fig.last;
  let valueMax: number | null = null;
  // Ranges: "5,000 to 10,000", "5,000-10,000", "between 5,000 and 10,000".
  const join = toks[k + 1];
  if (fig.value !== null && join && ((RANGE_JOIN.has(join.low) && joined(k, k + 1)) || /^\s?[-–]\s?$/u.test(links.gap(k, k + 1)))) {
    const at = RANGE_JOIN.has(join.low) ? k + 2 : k + 1;
    const second = toks[at] ? readFigure(toks, at, links) : null;
    if (second && second.value !== null && second.value > fig.value) {
      valueMax = second.value;
      k = second.last;
    }
  }
  let qualifier: Qualifier = fig.vague ? 'vague' : valueMax !== null ? 'range' : 'exact';
  let first = i;
  const q = qualifierBefore(toks, i, joined);
  if (q && valueMax === null) {
    first = q.first;
    if (!fig.vague) qualifier = q.qualifier;
  } else if (valueMax !== null && toks[i - 1] && RANGE_OPEN.has(toks[i - 1]!.low) && joined(i - 1, i)) first = i - 1;
  // Each hit is written out field by field: a spread of a shared base object
  // (with `value` overridden) is a slow copy on this hot path.
  const hit = (from: number, end: number, unit: string, unitText: string, lastTok: number, value = fig.value): Found => ({ value, valueMax, qualifier, first: from, end, unit, unitText, lastTok });
  const code = fig.currency ? null : currencyCodeBefore(toks, first, links);
  if (fig.currency || code) {
    const unitText = code ? toks[code.first]!.raw : toks[i]!.raw.replace(/[\d.,]+$/, '');
    // Money has two decimals, so an unscaled "€2.000" is two thousand.
    return hit(code ? code.first : first, toks[k]!.e, fig.currency ?? code!.unit, unitText, k, fig.thousands ?? fig.value);
  }
  const prefix = prefixBefore(toks, i, links);
  if (prefix && fig.value !== null) return hit(prefix.first, toks[k]!.e, prefix.unit, prefix.text, k);
  const effective = valueMax !== null ? { ...fig, hyphenUnit: null } : fig;
  const unit = unitAfter(toks, k, effective, links);
  if (unit) {
    if (unit.offset || unit.age) return null;
    if (fig.digits && isYearLike(toks[i]!) && unit.modifiers > 0) return null;
    // Whole things cannot be counted in fractions, and money has two decimals:
    // "2.500 soldiers" and "2.000 euros" are thousands.
    const value = fig.thousands !== null && (countsWholeThings(unit.unit) || isMoney(unit.unit) || links.decimalComma?.() === true) ? fig.thousands : fig.value;
    return hit(first, unit.end, unit.unit, unit.text, unit.lastTok, value);
  }
  // "an army of thousands": the collective noun says what is counted.
  if (fig.vague && toks[i - 1]?.low === 'of' && COLLECTIVES.has(toks[i - 2]?.low ?? '')) {
    const noun = toks[i - 2]!;
    return { value: null, valueMax: null, qualifier: 'vague', first: i - 2, end: toks[fig.last]!.e, unit: COLLECTIVES.get(noun.low)!, unitText: noun.raw, lastTok: fig.last };
  }
  if (fig.digits && isYearLike(toks[i]!)) return null;
  const implicit = implicitUnit(toks, first, k, links, previousUnit);
  // "How many people have had to leave? About 12,500, according to …": the
  // answer's opening figure counts what the question asked for.
  if (!implicit && links.askedUnit && fig.value !== null && first <= 1 && isAnswerStart(toks, first)) {
    const value = fig.thousands ?? fig.value;
    return hit(first, toks[k]!.e, links.askedUnit, links.askedUnit, k, value);
  }
  if (!implicit) {
    if (fig.value === null) return null;
    const bare = hit(first, toks[k]!.e, '', '', k);
    bare.bare = true;
    return bare;
  }
  const last = implicit.lastTok ?? k;
  const value = fig.thousands ?? fig.value;
  return hit(first, toks[last]!.e, implicit.unit, implicit.unitText, last, value);
}

/** "almost one in five", "a third": a share as a percentage. */
function share(toks: Tok[], i: number, s: Share, joined: (a: number, b: number) => boolean): Found {
  const q = qualifierBefore(toks, i, joined);
  const t = toks[i]!;
  return { first: q ? q.first : i, end: toks[s.lastTok]!.e, value: s.value, valueMax: null, unit: 'percent', unitText: t.raw, qualifier: q ? q.qualifier : 'exact', lastTok: s.lastTok };
}

/** "a magnitude-7.8 quake": scale word and figure are one token. */
function scaleInToken(toks: Tok[], i: number): Found | null {
  const t = toks[i]!;
  const hit = hyphenPrefix(t);
  if (!hit) return null;
  return { first: i, end: t.e, value: hit.value, valueMax: null, unit: hit.unit, unitText: hit.unitText, qualifier: 'exact', lastTok: i };
}

/** The figure opens the sentence (after at most a qualifier word). */
function isAnswerStart(toks: Tok[], first: number): boolean {
  return first === 0 || (first === 1 && /^\p{Lu}/u.test(toks[0]!.raw));
}

const HOW_MANY = /^how (?:many|much) ([\p{L}-]+)\b[^?]*\?\s*$/iu;

/** The unit a "How many X …?" question asks for, or null. */
function askedUnit(question: string): string | null {
  const m = HOW_MANY.exec(question.trim());
  return m ? nounUnit(m[1]!.toLowerCase()) : null;
}

function isYearLike(t: Tok): boolean {
  return /^\d{4}$/.test(t.low) && Number(t.low) >= 1800 && Number(t.low) <= 2199;
}

/** Ordinals, days of month, figures glued to letters ("G7", "3.42am"), ages and "the two leaders". */
function notAQuantity(toks: Tok[], fig: Figure, text: string, base: number, links: Links): boolean {
  const t = toks[fig.first]!;
  const before = text.charAt(t.s - base - 1);
  const after = text.charAt(toks[fig.last]!.e - base);
  if (/^[\d$€£¥₹]/u.test(t.raw) || /^\p{Lu}{1,2}\$/u.test(t.raw)) {
    if (/\p{L}/u.test(before)) return true;
    if (/\p{L}/u.test(after) && !gluedUnitAt(toks, fig.last, links)) return true;
  }
  // Clock times and scores: "0:00 hours", "at 18:30".
  const end = toks[fig.last]!.e - base;
  if (/^\d/.test(t.raw) && (/\d:$/.test(text.slice(Math.max(0, t.s - base - 2), t.s - base)) || (after === ':' && /\d/.test(text.charAt(end + 1))))) return true;
  const prev = toks[fig.first - 1];
  const next = toks[fig.last + 1];
  if (prev && MONTH_WORDS.has(prev.low) && /^\d{1,2}$/.test(t.low)) return true;
  if (next && MONTH_WORDS.has(next.low) && /^\d{1,2}$/.test(t.low)) return true;
  if (prev && AGE.has(prev.low)) return true;
  // "the two leaders" names people already counted; "the three days of
  // cancellations" is still a duration.
  if (prev && DETERMINERS.has(prev.low) && fig.value !== null && fig.value < 10 && !fig.digits && fig.hyphenUnit === null && !(next && isTimeNoun(next.low))) return true;
  // "at 10 hours": a clock time as machine translation writes it (Czech "v 10
  // hodin", German "um 10 Uhr"), not a duration.
  if (prev?.low === 'at' && next?.low === 'hours' && fig.digits && fig.value !== null && Number.isInteger(fig.value) && fig.value <= 24 && !PER_WORDS.has(toks[fig.last + 2]?.low ?? '')) return true;
  return false;
}

function qualifierBefore(toks: Tok[], i: number, joined: (a: number, b: number) => boolean): { first: number; qualifier: Qualifier } | null {
  for (const q of QUALIFIERS) {
    const first = i - q.words.length;
    if (first < 0) continue;
    if (q.words.every((w, k) => toks[first + k]!.low === w && joined(first + k, first + k + 1))) return { first, qualifier: q.qualifier };
  }
  return null;
}
