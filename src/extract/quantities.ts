// Figures with a noun that says what they count: "as many as 12,500 troops",
// "three phone calls", "US$2.5 billion", "tens of thousands of soldiers".
// A walk over word tokens per sentence; years, days of month, ages, ordinals
// and "N years ago" (a date) are not quantities.
import { loadData } from '../data.js';
import type { Draft, QuantityClaim, Qualifier, Segmented } from '../types.js';
import { findSources, nearestSource } from './quantity-attribution.js';
import { contextWords } from './quantity-context.js';
import { readFigure, tokenize, type Figure, type Tok } from './quantity-numbers.js';
import { isStopword } from '../util/words.js';

interface UnitsData {
  units: { id: string; unit: string; forms: string[]; money?: boolean }[];
  currencySymbols: { id: string; symbol: string; unit: string }[];
  collectives: { id: string; noun: string; unit: string }[];
  ageWords: string[];
}
interface QualifiersData {
  qualifiers: { id: string; words: string; qualifier: Qualifier }[];
  range: { open: string[]; joins: string[] };
}

const unitsData = loadData<UnitsData>('units');
const FORMS = unitsData.units
  .flatMap((u) => u.forms.map((f) => ({ words: f.split(' '), unit: u.unit })))
  .sort((a, b) => b.words.length - a.words.length);
const SINGLE_FORMS = new Map(FORMS.filter((f) => f.words.length === 1).map((f) => [f.words[0]!, f.unit]));
const COLLECTIVES = new Map(unitsData.collectives.map((c) => [c.noun, c.unit]));
const AGE = new Set(unitsData.ageWords);
const quals = loadData<QualifiersData>('qualifiers');
const QUALIFIERS = quals.qualifiers.map((q) => ({ words: q.words.split(' '), qualifier: q.qualifier })).sort((a, b) => b.words.length - a.words.length);
const RANGE_OPEN = new Set(quals.range.open);
const RANGE_JOIN = new Set(quals.range.joins);
const MONTH_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const DETERMINERS = new Set(['the', 'these', 'those', 'their', 'its', 'his', 'her', 'our', 'both', 'all']);
/** Words that may stand between a figure and its noun even though they are stopwords. */
const MODIFIER_STOPWORDS = new Set(['other', 'more', 'additional', 'extra', 'new', 'further']);
/** Time words end the noun phrase: "200 people last year" counts people, not years. */
const NON_MODIFIERS = new Set(['last', 'next', 'past', 'previous', 'per', 'each', 'every', 'ago']);
const MAX_MODIFIERS = 3;
/** An article glued to the next word by bad scraping ("soldiersa US official"). */
const GLUED_ARTICLES = ['a', 'an', 'the'];

export function extractQuantities(seg: Segmented): Draft<QuantityClaim>[] {
  const out: Draft<QuantityClaim>[] = [];
  for (const p of seg.paragraphs) for (const s of p.sentences) out.push(...inSentence(s.text, s.start));
  return out;
}

interface Found {
  first: number;
  /** Absolute end of the claim text. */
  end: number;
  fig: Figure;
  valueMax: number | null;
  unit: string;
  unitText: string;
  qualifier: Qualifier;
  lastTok: number;
}

export function inSentence(text: string, base: number): Draft<QuantityClaim>[] {
  const toks = tokenize(text, base);
  const gap = (a: number, b: number): string => text.slice(toks[a]!.e - base, toks[b]!.s - base);
  const joined = (a: number, b: number): boolean => a >= 0 && b < toks.length && /^[ \t\u00a0]{1,2}$/.test(gap(a, b));
  const found: Found[] = [];
  for (let i = 0; i < toks.length; i++) {
    const hit = figureAt(toks, i, text, base, joined);
    if (!hit) continue;
    found.push(hit);
    i = hit.lastTok;
  }
  if (found.length === 0) return [];
  const figureTokens = new Set<number>();
  for (const f of found) for (let k = f.first; k <= f.lastTok; k++) figureTokens.add(k);
  const sources = findSources(toks, text, base, joined, figureTokens);
  return found.map((f) => {
    const start = toks[f.first]!.s;
    const span = { start, end: f.end };
    return {
      kind: 'quantity' as const,
      offset: start,
      text: text.slice(start - base, f.end - base),
      value: f.fig.value,
      valueMax: f.valueMax,
      unit: f.unit,
      unitText: f.unitText,
      qualifier: f.qualifier,
      attributedTo: nearestSource(sources, start),
      context: contextWords(text, base, span, 8),
    };
  });
}

function figureAt(toks: Tok[], i: number, text: string, base: number, joined: (a: number, b: number) => boolean): Found | null {
  const fig = readFigure(toks, i, joined);
  if (!fig || notAQuantity(toks, fig, text, base)) return null;
  let k = fig.last;
  let valueMax: number | null = null;
  // Ranges: "5,000 to 10,000", "5,000-10,000", "between 5,000 and 10,000".
  const join = toks[k + 1];
  if (fig.value !== null && join && ((RANGE_JOIN.has(join.low) && joined(k, k + 1)) || /^\s?[-–]\s?$/u.test(text.slice(toks[k]!.e - base, join.s - base)))) {
    const at = RANGE_JOIN.has(join.low) ? k + 2 : k + 1;
    const second = toks[at] ? readFigure(toks, at, joined) : null;
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
  const effective = valueMax !== null ? { ...fig, hyphenUnit: null } : fig;
  if (fig.currency) {
    return { first, end: toks[k]!.e, fig, valueMax, unit: fig.currency, unitText: toks[i]!.raw.replace(/[\d.,]+$/, ''), qualifier, lastTok: k };
  }
  const unit = unitAfter(toks, k, effective, joined);
  if (unit) {
    if (unit.ago || unit.age) return null;
    if (fig.digits && isYearLike(toks[i]!) && unit.modifiers > 0) return null;
    return { first, end: unit.end, fig, valueMax, unit: unit.unit, unitText: unit.text, qualifier, lastTok: unit.lastTok };
  }
  // "an army of thousands": the collective noun says what is counted.
  if (fig.vague && toks[i - 1]?.low === 'of' && COLLECTIVES.has(toks[i - 2]?.low ?? '')) {
    const noun = toks[i - 2]!;
    return { first: i - 2, end: toks[fig.last]!.e, fig, valueMax: null, unit: COLLECTIVES.get(noun.low)!, unitText: noun.raw, qualifier: 'vague', lastTok: fig.last };
  }
  return null;
}

function isYearLike(t: Tok): boolean {
  return /^\d{4}$/.test(t.low) && Number(t.low) >= 1800 && Number(t.low) <= 2199;
}

/** Ordinals, days of month, figures glued to letters ("G7"), and "the two leaders". */
function notAQuantity(toks: Tok[], fig: Figure, text: string, base: number): boolean {
  const t = toks[fig.first]!;
  const before = text.charAt(t.s - base - 1);
  const after = text.charAt(toks[fig.last]!.e - base);
  if (/^[\d$€£]/u.test(t.raw) && (/\p{L}/u.test(before) || /\p{L}/u.test(after))) return true;
  const prev = toks[fig.first - 1];
  const next = toks[fig.last + 1];
  if (prev && MONTH_WORDS.has(prev.low) && /^\d{1,2}$/.test(t.low)) return true;
  if (next && MONTH_WORDS.has(next.low) && /^\d{1,2}$/.test(t.low)) return true;
  if (prev && AGE.has(prev.low)) return true;
  if (prev && DETERMINERS.has(prev.low) && fig.value !== null && fig.value < 10 && !fig.digits && fig.hyphenUnit === null) return true;
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

interface UnitHit {
  unit: string;
  text: string;
  end: number;
  lastTok: number;
  modifiers: number;
  ago: boolean;
  age: boolean;
}

function unitAfter(toks: Tok[], k: number, fig: Figure, joined: (a: number, b: number) => boolean): UnitHit | null {
  if (fig.hyphenUnit !== null) {
    const parts = fig.hyphenUnit.split('-');
    const u = SINGLE_FORMS.get(parts[0]!);
    if (!u) return null;
    const t = toks[fig.first]!;
    const offset = t.raw.toLowerCase().indexOf(`-${parts[0]}`) + 1;
    return {
      unit: u,
      text: t.raw.slice(offset, offset + parts[0]!.length),
      end: t.s + offset + parts[0]!.length,
      lastTok: fig.first,
      modifiers: 0,
      ago: false,
      age: parts.length > 1 && AGE.has(parts[parts.length - 1]!),
    };
  }
  let j = k + 1;
  if (fig.vague && toks[j]?.low === 'of' && joined(k, j)) j++;
  for (let m = 0; m <= MAX_MODIFIERS && j < toks.length; m++) {
    if (!joined(j - 1, j)) return null;
    const hit = unitAt(toks, j, joined);
    if (hit) {
      const next = toks[hit.lastTok + 1];
      return {
        ...hit,
        modifiers: m,
        ago: next?.low === 'ago' && ['years', 'year', 'days', 'day', 'weeks', 'week', 'months', 'month'].includes(hit.text.toLowerCase()),
        age: next !== undefined && AGE.has(next.low) && /^years?$/.test(hit.text.toLowerCase()),
      };
    }
    const t = toks[j]!;
    if (!/^\p{L}/u.test(t.raw) || (isStopword(t.low) && !MODIFIER_STOPWORDS.has(t.low)) || NON_MODIFIERS.has(t.low)) return null;
    j++;
  }
  return null;
}

function unitAt(toks: Tok[], j: number, joined: (a: number, b: number) => boolean): Omit<UnitHit, 'modifiers' | 'ago' | 'age'> | null {
  for (const f of FORMS) {
    if (!f.words.every((w, n) => toks[j + n]?.low === w && (n === 0 || joined(j + n - 1, j + n)))) continue;
    const last = toks[j + f.words.length - 1]!;
    return { unit: f.unit, text: textOf(toks, j, j + f.words.length - 1), end: last.e, lastTok: j + f.words.length - 1 };
  }
  const t = toks[j]!;
  for (const art of GLUED_ARTICLES) {
    if (!t.low.endsWith(art) || t.low.length <= art.length + 2) continue;
    const stem = t.low.slice(0, -art.length);
    const u = SINGLE_FORMS.get(stem);
    if (u && stem.endsWith('s')) return { unit: u, text: t.raw.slice(0, stem.length), end: t.s + stem.length, lastTok: j };
  }
  return null;
}

function textOf(toks: Tok[], a: number, b: number): string {
  return toks.slice(a, b + 1).map((t) => t.raw).join(' ');
}
