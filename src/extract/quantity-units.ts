// What a figure counts when the text names it: a noun after the figure
// ("12,500 troops", "three mountain roads"), a unit written against it
// ("40%", "4C", "12km"), hyphenated to it ("60-day", "6.9-magnitude"), or a
// scale named before it ("magnitude 6.9", "Category 4", "a magnitude-7.8").
import { loadData } from '../data.js';
import { isStopword } from '../util/words.js';
import type { DocCues, Figure, Links, Tok } from './quantity-numbers.js';

interface UnitEntry {
  id: string;
  unit: string;
  forms: string[];
  money?: boolean;
  measure?: boolean;
  time?: boolean;
  /** Forms that count as this unit only when the sentence holds one of the cue words. */
  contextual?: { forms: string[]; cues: string[] };
}
interface UnitsData {
  units: UnitEntry[];
  currencyCodes: { codes: { id: string; code: string; unit: string }[] };
  prefixUnits: { words: { id: string; word: string; unit: string }[] };
  gluedUnits: { forms: { id: string; form: string; unit: string }[] };
  slashUnits: { forms: { id: string; parts: [string, string]; unit: string }[] };
  offsetWords: { words: string[] };
  hyphenNouns: { maxModifiers: number; rules: { id: string; form: string; unit: string; heads: string[] }[] };
  ageWords: string[];
}

const data = loadData<UnitsData>('units');
interface Form {
  words: string[];
  unit: string;
  cues?: ReadonlySet<string>;
}
const FORMS: Form[] = data.units
  .flatMap((u) => [
    ...u.forms.map((f) => ({ words: f.split(' '), unit: u.unit })),
    ...(u.contextual?.forms ?? []).map((f) => ({ words: f.split(' '), unit: u.unit, cues: new Set(u.contextual!.cues) })),
  ])
  .sort((a, b) => b.words.length - a.words.length);
/** FORMS by first word, each list in FORMS order: only forms starting with the token's word can match there. */
const FORMS_BY_FIRST = new Map<string, Form[]>();
for (const f of FORMS) {
  const list = FORMS_BY_FIRST.get(f.words[0]!);
  if (list) list.push(f);
  else FORMS_BY_FIRST.set(f.words[0]!, [f]);
}
/** The forms of a word that starts none: one shared empty list, not a new one per lookup. */
const NO_FORMS: readonly Form[] = [];
const ALL_CUES = new Set(data.units.flatMap((u) => u.contextual?.cues ?? []));
const CUE_WORD = /\p{L}+/gu;
const SINGLE_FORMS = new Map(FORMS.filter((f) => f.words.length === 1 && !f.cues).map((f) => [f.words[0]!, f.unit]));
const KIND = new Map(data.units.map((u) => [u.unit, u]));
const CODES = new Map(data.currencyCodes.codes.map((c) => [c.code, c.unit]));
const PREFIX = new Map(data.prefixUnits.words.map((p) => [p.word, p.unit]));
const GLUED = new Map(data.gluedUnits.forms.map((g) => [g.form, g.unit]));
const SLASH = new Map(data.slashUnits.forms.map((f) => [`${f.parts[0]}/${f.parts[1]}`, f.unit]));
const SLASH_FIRST = new Set(data.slashUnits.forms.map((f) => f.parts[0]));

/** "km/h" at token j: two parts with only a slash between them (data slashUnits). */
export function slashUnitAt(toks: Tok[], j: number, links: Links): { unit: string; text: string; end: number; lastTok: number } | null {
  const a = toks[j];
  const b = toks[j + 1];
  if (!a || !b || !SLASH_FIRST.has(a.low) || links.gap(j, j + 1) !== '/') return null;
  const unit = SLASH.get(`${a.low}/${b.low}`);
  return unit ? { unit, text: `${a.raw}/${b.raw}`, end: b.e, lastTok: j + 1 } : null;
}
const OFFSET = new Set(data.offsetWords.words);
export const AGE = new Set(data.ageWords);
const HYPHEN_NOUNS = new Map(data.hyphenNouns.rules.map((r) => [r.form, { unit: r.unit, heads: new Set(r.heads) }]));
/** Words that may stand between a figure and its noun even though they are stopwords. */
const MODIFIER_STOPWORDS = new Set(['other', 'more', 'additional', 'extra', 'new', 'further']);
/** Time words end the noun phrase: "200 people last year" counts people, not years. */
const NON_MODIFIERS = new Set(['last', 'next', 'past', 'previous', 'per', 'each', 'every', 'ago']);
const MAX_MODIFIERS = 3;
/** An article glued to the next word by bad scraping ("soldiersa US official"). */
const GLUED_ARTICLES = ['a', 'an', 'the'];

export interface UnitHit {
  unit: string;
  text: string;
  end: number;
  lastTok: number;
  modifiers: number;
  /** A time unit followed by "ago", "after", "later": a date offset, not a quantity. */
  offset: boolean;
  /** "45 years old", "45-year-old". */
  age: boolean;
}

/**
 * The topic cue words (data/units.json "contextual") a document holds. A
 * machine translation may name the parliament in one paragraph and write
 * "43 mandates" in the next, so the topic is the document's, not the sentence's.
 */
export function topicCues(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(CUE_WORD)) {
    const w = m[0].toLowerCase();
    if (ALL_CUES.has(w)) out.add(w);
  }
  return out;
}

/** The unit a single lower-case noun stands for ("volunteers" → people), if any. */
export function nounUnit(low: string): string | null {
  return SINGLE_FORMS.get(low) ?? null;
}

/** True for a word that is a time unit on its own ("days", "hours"). */
export function isTimeNoun(low: string): boolean {
  const unit = SINGLE_FORMS.get(low);
  return unit !== undefined && KIND.get(unit)?.time === true;
}

/** A count of whole things, so "2.500 soldiers" can only be 2,500. */
export function countsWholeThings(unit: string): boolean {
  const u = KIND.get(unit);
  return u === undefined || (!u.measure && !u.money);
}

export function isMoney(unit: string): boolean {
  return KIND.get(unit)?.money === true;
}

/** "EUR 1.5m", "USD 5 million": an ISO code in capitals right before the figure. */
export function currencyCodeBefore(toks: Tok[], i: number, links: Links): { first: number; unit: string } | null {
  const p = toks[i - 1];
  const unit = p ? CODES.get(p.raw) : undefined;
  return unit && links.joined(i - 1, i) ? { first: i - 1, unit } : null;
}

/** "magnitude 6.9", "Category 4": the scale word right before the figure. */
export function prefixBefore(toks: Tok[], i: number, links: Links): { first: number; unit: string; text: string } | null {
  const p = toks[i - 1];
  const unit = p ? PREFIX.get(p.low) : undefined;
  return unit && links.joined(i - 1, i) ? { first: i - 1, unit, text: p!.raw } : null;
}

const HYPHEN_PREFIX = /^(\p{L}{2,20})-(\d{1,3}(?:\.\d{1,3})?)$/u;

/** "a magnitude-7.8 quake", "Level-4": scale and figure in one hyphenated token. */
export function hyphenPrefix(t: Tok): { value: number; unit: string; unitText: string } | null {
  // Asked at every token that is not a figure: most have no hyphen.
  const m = t.raw.includes('-') ? HYPHEN_PREFIX.exec(t.raw) : null;
  const unit = m ? PREFIX.get(m[1]!.toLowerCase()) : undefined;
  return m && unit ? { value: Number(m[2]), unit, unitText: m[1]! } : null;
}

/** Letters written against the digits that are a unit ("4C", "12km", "40%"); "3.42am" or "5G" are not. */
export function gluedUnitAt(toks: Tok[], k: number, links: Links): string | null {
  const t = toks[k + 1];
  if (!t) return null;
  const gap = links.gap(k, k + 1);
  if (gap !== '' && !(gap === '°' && /^[cf]$/.test(t.low))) return null;
  const unit = GLUED.get(t.low);
  if (!unit) return null;
  // One-letter forms only in capitals: "4C", never "4c" or "4 f".
  return t.raw.length === 1 && /\p{L}/u.test(t.raw) && t.raw !== t.raw.toUpperCase() ? null : unit;
}

export function unitAfter(toks: Tok[], k: number, fig: Figure, links: Links): UnitHit | null {
  const { joined, gap } = links;
  if (fig.hyphenUnit !== null) return hyphenated(toks, fig.first, fig.hyphenUnit, 1 + toks[fig.first]!.raw.toLowerCase().lastIndexOf(`-${fig.hyphenUnit}`), joined);
  const next = toks[k + 1];
  if (next && fig.digits && gap(k, k + 1) === '-') return hyphenated(toks, k + 1, next.low, 0, joined);
  // "70km/h": a slash unit written against the digits.
  const slashGlued = next && fig.digits && links.gap(k, k + 1) === '' ? slashUnitAt(toks, k + 1, links) : null;
  if (slashGlued) return { ...slashGlued, modifiers: 0, offset: false, age: false };
  const glued = gluedUnitAt(toks, k, links);
  if (glued) {
    const g = toks[k + 1]!;
    return { unit: glued, text: g.raw, end: g.e, lastTok: k + 1, modifiers: 0, offset: false, age: false };
  }
  let j = k + 1;
  if (fig.ofNoun && toks[j]?.low === 'of' && joined(k, j)) j++;
  for (let m = 0; m <= MAX_MODIFIERS && j < toks.length; m++) {
    if (!joined(j - 1, j)) return null;
    const hit = unitAt(toks, j, links);
    if (hit) {
      const after = toks[hit.lastTok + 1];
      const time = KIND.get(hit.unit)?.time === true;
      return { ...hit, modifiers: m, offset: time && after !== undefined && OFFSET.has(after.low), age: time && after !== undefined && AGE.has(after.low) };
    }
    const t = toks[j]!;
    if (!/^\p{L}/u.test(t.raw) || (isStopword(t.low) && !MODIFIER_STOPWORDS.has(t.low)) || NON_MODIFIERS.has(t.low)) return null;
    j++;
  }
  return null;
}

/** "two-hour", "60-day", "45-year-old": the first part after the hyphen is the unit. */
function hyphenated(toks: Tok[], index: number, rest: string, offset: number, joined: (a: number, b: number) => boolean): UnitHit | null {
  const t = toks[index]!;
  const parts = rest.split('-');
  const unit = SINGLE_FORMS.get(parts[0]!) ?? headedUnit(toks, index, parts, joined);
  if (!unit) return null;
  const len = parts[0]!.length;
  return {
    unit,
    text: t.raw.slice(offset, offset + len),
    end: t.s + offset + len,
    lastTok: index,
    modifiers: 0,
    offset: false,
    age: parts.length > 1 && AGE.has(parts[parts.length - 1]!),
  };
}

/** A cue word in the document when its cues are known, else in the sentence. */
function hasCue(cues: ReadonlySet<string>, toks: Tok[], known: DocCues | undefined): boolean {
  const docCues = typeof known === 'function' ? known() : known;
  if (docCues) {
    for (const c of docCues) if (cues.has(c)) return true;
  }
  return toks.some((t) => cues.has(t.low));
}

/** "the 150-member assembly": the unit holds only when one of its head nouns follows. */
function headedUnit(toks: Tok[], index: number, parts: string[], joined: (a: number, b: number) => boolean): string | undefined {
  const rule = parts.length === 1 ? HYPHEN_NOUNS.get(parts[0]!) : undefined;
  if (!rule) return undefined;
  for (let j = index + 1; j <= index + 1 + data.hyphenNouns.maxModifiers && j < toks.length && joined(j - 1, j); j++) {
    if (rule.heads.has(toks[j]!.low)) return rule.unit;
  }
  return undefined;
}

function unitAt(toks: Tok[], j: number, links: Links): Omit<UnitHit, 'modifiers' | 'offset' | 'age'> | null {
  const { joined } = links;
  const slash = slashUnitAt(toks, j, links);
  if (slash) return slash;
  for (const f of FORMS_BY_FIRST.get(toks[j]!.low) ?? NO_FORMS) {
    if (!f.words.every((w, n) => toks[j + n]?.low === w && (n === 0 || joined(j + n - 1, j + n)))) continue;
    if (f.cues && !hasCue(f.cues, toks, links.cues)) continue;
    const last = toks[j + f.words.length - 1]!;
    return { unit: f.unit, text: toks.slice(j, j + f.words.length).map((t) => t.raw).join(' '), end: last.e, lastTok: j + f.words.length - 1 };
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
