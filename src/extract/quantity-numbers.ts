// Reads the figure at one token: digits ("12,500", "2.5", "4.000", "1,5"), a
// currency sign ("US$2.5"), number words ("three", "twenty-five", "a
// thousand", "two dozen") and a scale word after it ("billion", "bn", MT
// "millions of"). Vague amounts ("tens of thousands") have no value.
import { loadData } from '../data.js';
import { nextCodePoint, wordCharAt } from '../util/words.js';

export interface Tok {
  s: number;
  e: number;
  raw: string;
  low: string;
}

interface NumberWords {
  units: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  shortScales: { words: string[] };
  pluralScales: { words: Record<string, string> };
  commaDecimal: { before: string[] };
  vague: { id: string; words: string }[];
}
interface UnitsData {
  currencySymbols: { id: string; symbol: string; unit: string }[];
}

const words = loadData<NumberWords>('number-words');
const VAGUE = words.vague.map((v) => ({ id: v.id, words: v.words.split(' ') })).sort((a, b) => b.words.length - a.words.length);
/** First words of the vague amounts: most tokens start none, and are passed with one lookup. */
const VAGUE_FIRST = new Set(VAGUE.map((v) => v.words[0]!));
/**
 * Every word a number read by readWords can start with. The lookups there are
 * on plain JSON objects, which also see the names Object.prototype has
 * ("constructor"); those are listed too so this pre-check never turns away a
 * token the full reading would take.
 */
const NUMBER_HEADS = new Set([...Object.keys(words.units), ...Object.keys(words.tens), 'a', 'an', ...Object.getOwnPropertyNames(Object.prototype)]);
const SHORT_SCALES = new Set(words.shortScales.words);
const PLURAL_SCALES = new Map(Object.entries(words.pluralScales.words));
const COMMA_DECIMAL_BEFORE = words.commaDecimal.before.map((w) => w.split(' '));
const SYMBOLS = loadData<UnitsData>('units').currencySymbols.slice().sort((a, b) => b.symbol.length - a.symbol.length);
const CURRENCY = new Map(SYMBOLS.map((c) => [c.symbol.toLowerCase(), c.unit]));

const escape = (s: string): string => s.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');
// Digits: comma thousands ("12,500.5"), dot thousands in two or more groups
// ("1.234.567"), or plain digits with a dot decimal or a one/two-digit comma
// decimal ("1,5", from translations). A single dot group ("4.000") is read later.
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d+(?:\.\d+|,\d{1,2}(?!\d))?)`;
// A token: a figure with an optional currency sign, a word, or "%". Anchored
// (sticky) so it is tried in place at one offset, for the tokens the scan in
// tokenize leaves to it.
const TOKEN_AT = new RegExp(`(?:${SYMBOLS.map((c) => escape(c.symbol)).join('|')})?${NUMBER}|\\p{L}[\\p{L}\\p{N}]*(?:['’.-][\\p{L}\\p{N}]+)*|%`, 'uy');
const DIGITS = new RegExp(`^(${SYMBOLS.map((c) => escape(c.symbol.toLowerCase())).join('|')})?([\\d.,]+)$`, 'u');

/**
 * First characters of the currency symbols: a letter among them ("US$") may
 * start a figure, not a word, so such a character is always left to TOKEN_AT
 * (whatever symbols units.json lists).
 */
const SYMBOL_FIRST = new Set(SYMBOLS.map((c) => c.symbol.charCodeAt(0)));

/**
 * The TOKEN_AT matches of text, as a global scan (flag g) would find them. A
 * word starting with an ASCII letter that starts no currency symbol can only
 * match the word branch, so it is read by hand (a letter, letters and digits, then
 * a mark with one more run after it, again and again), with no match object;
 * everything else goes to TOKEN_AT itself, tried at that offset. Other ASCII
 * characters start no match and are passed over.
 */
export function tokenize(text: string, base: number): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let e: number;
    if (((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) && !SYMBOL_FIRST.has(c)) {
      e = i + 1;
      for (;;) {
        let k: number;
        while (e < n && (k = wordCharAt(text, e)) > 0) e += k;
        const d = text.charCodeAt(e);
        if ((d === 0x27 || d === 0x2019 || d === 0x2e || d === 0x2d) && e + 1 < n && wordCharAt(text, e + 1) > 0) e++;
        else break;
      }
    } else {
      // Letters, digits, "%", a symbol's first character and every non-ASCII
      // character may start a match; other ASCII cannot.
      if (c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 0x25 || SYMBOL_FIRST.has(c))) {
        i++;
        continue;
      }
      TOKEN_AT.lastIndex = i;
      if (!TOKEN_AT.test(text)) {
        i = nextCodePoint(text, i);
        continue;
      }
      e = TOKEN_AT.lastIndex;
    }
    const raw = text.slice(i, e);
    out.push({ s: base + i, e: base + e, raw, low: raw.toLowerCase() });
    i = e;
  }
  return out;
}

/**
 * False when no figure can start at this token: readFigure needs a vague
 * amount's first word, a token ending in a digit, "." or "," (DIGITS), or a
 * number word before any hyphen (NUMBER_HEADS); fractionAt a hyphen or a
 * number word ("a", "an", a unit word: in NUMBER_HEADS too); a scale glued to
 * its figure ("magnitude-7.8") a hyphen. One or two checks pass most words.
 */
export function mayStartFigure(t: Tok): boolean {
  const low = t.low;
  const end = low.charCodeAt(low.length - 1);
  if ((end >= 48 && end <= 57) || end === 46 || end === 44) return true;
  if (NUMBER_HEADS.has(low) || VAGUE_FIRST.has(low)) return true;
  // Lower-casing neither adds nor removes a hyphen, so low stands for raw here.
  return low.includes('-');
}

export interface Figure {
  /** Token index range of the figure, inclusive. */
  first: number;
  last: number;
  value: number | null;
  /**
   * The reading of a single dot group as a thousands separator ("4.000
   * persons" = 4000); used when the noun counts whole things.
   */
  thousands: number | null;
  currency: string | null;
  /** A unit glued by a hyphen ("two-hour" → "hour"). */
  hyphenUnit: string | null;
  vague: boolean;
  /** Written with digits and no scale word, so a bare four-digit figure may be a year. */
  digits: boolean;
  /** "of" may stand between the figure and its noun ("thousands of", "30 millions of"). */
  ofNoun: boolean;
}

/** How two tokens meet: joined by one or two spaces, or the raw text between them. */
export interface Links {
  joined: (a: number, b: number) => boolean;
  gap: (a: number, b: number) => string;
  /** Cue words of the whole document, for unit forms that depend on the topic ("mandates"). */
  cues?: DocCues;
  /** Whether the document writes decimals with a comma ("3,5 %"), so "9.800 hectares" is 9,800. */
  decimalComma?: () => boolean;
  /** The unit a question right before the sentence asks for ("How many people have left?"), for the answer's bare figure. */
  askedUnit?: string | null;
}

/** A document's topic cue words, or a function that reads them when first asked (see extractQuantities). */
export type DocCues = ReadonlySet<string> | (() => ReadonlySet<string>);

interface Parsed {
  value: number;
  thousands: number | null;
  commaDecimal: boolean;
}

/** The figure's value by its pattern; see NUMBER for the formats. */
export function parseDigits(body: string): Parsed | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(body)) return { value: Number(body.replace(/,/g, '')), thousands: null, commaDecimal: false };
  if (/^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/.test(body)) return { value: Number(body.replace(/\./g, '').replace(',', '.')), thousands: null, commaDecimal: false };
  if (/^\d+,\d{1,2}$/.test(body)) return { value: Number(body.replace(',', '.')), thousands: null, commaDecimal: true };
  if (/^\d{1,3}\.\d{3}$/.test(body)) return { value: Number(body), thousands: Number(body.replace('.', '')), commaDecimal: false };
  if (/^\d+(?:\.\d+)?$/.test(body)) return { value: Number(body), thousands: null, commaDecimal: false };
  return null;
}

export function readFigure(toks: Tok[], i: number, links: Links): Figure | null {
  const { joined, gap } = links;
  const t = toks[i]!;
  const vague = VAGUE_FIRST.has(t.low) ? VAGUE.find((v) => v.words.every((w, k) => toks[i + k]?.low === w && (k === 0 || joined(i + k - 1, i + k)))) : undefined;
  if (vague) return { first: i, last: i + vague.words.length - 1, value: null, thousands: null, currency: null, hyphenUnit: null, vague: true, digits: false, ofNoun: true };
  // DIGITS ends in [\d.,]: a token ending otherwise (every word) cannot match it.
  const end = t.low.charCodeAt(t.low.length - 1);
  const digit = (end >= 48 && end <= 57) || end === 46 || end === 44 ? DIGITS.exec(t.low) : null;
  if (digit) {
    const parsed = parseDigits(digit[2]!);
    if (!parsed) return null;
    let value = parsed.value;
    let last = i;
    let ofNoun = false;
    const next = toks[i + 1];
    const near = next !== undefined && (joined(i, i + 1) || (SHORT_SCALES.has(next.low) && gap(i, i + 1) === ''));
    const plural = near ? PLURAL_SCALES.get(next.low) : undefined;
    const scale = near ? (words.scales[plural ?? next.low] ?? undefined) : undefined;
    if (scale !== undefined && scale >= 100) {
      value *= scale;
      last = i + 1;
      ofNoun = plural !== undefined;
    } else if (parsed.commaDecimal && !percentAfter(toks, i, links) && links.decimalComma?.() !== true) {
      // "1,5" without a scale word is more likely a list or a glued scrape than a decimal,
      // unless the document writes its decimals with a comma ("14,5 millions", "3,5 %").
      return null;
    }
    const scaled = last > i;
    return {
      first: i,
      last,
      value: round(value),
      thousands: scaled ? null : parsed.thousands,
      currency: digit[1] ? CURRENCY.get(digit[1])! : null,
      hyphenUnit: null,
      vague: false,
      digits: !scaled,
      ofNoun,
    };
  }
  return readWords(toks, i, joined);
}

function readWords(toks: Tok[], i: number, joined: (a: number, b: number) => boolean): Figure | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let lastUsed = -1;
  let hyphenUnit: string | null = null;
  // Most tokens are not number words: the first word part decides that
  // before the token is split (the loop below would stop there with nothing read).
  const low = toks[i]!.low;
  const dash = low.indexOf('-');
  const head = dash < 0 ? low : low.slice(0, dash);
  if (!NUMBER_HEADS.has(head)) return null;
  for (let k = i; k < toks.length; k++) {
    if (k > i && !joined(k - 1, k)) break;
    const parts = toks[k]!.low.split('-');
    const nextLow = toks[k + 1]?.low ?? '';
    let used = 0;
    for (const p of parts) {
      if (words.units[p] !== undefined) current += words.units[p]!;
      else if (words.tens[p] !== undefined) current += words.tens[p]!;
      else if ((p === 'a' || p === 'an') && !seen && parts.length === 1 && isScale(nextLow)) current += 1;
      else if (seen && isScale(p)) {
        const s = words.scales[p]!;
        if (s < 1000) current = (current || 1) * s;
        else {
          total += (current || 1) * s;
          current = 0;
        }
      } else if (!(p === 'and' && seen && parts.length === 1)) break;
      seen = true;
      used++;
    }
    if (used === parts.length) {
      if (toks[k]!.low !== 'and' && toks[k]!.low !== 'a' && toks[k]!.low !== 'an') lastUsed = k;
      continue;
    }
    // "two-hour": the rest of a hyphenated token is a unit, not the end of the number.
    if (used > 0 && k === i) {
      hyphenUnit = parts.slice(used).join('-');
      lastUsed = k;
    }
    break;
  }
  if (lastUsed < 0) return null;
  return { first: i, last: lastUsed, value: total + current, thousands: null, currency: null, hyphenUnit, vague: false, digits: false, ofNoun: false };
}

/** "31,4 %", "52,3 per cent": a unit after the figure that only a decimal can take. */
function percentAfter(toks: Tok[], i: number, links: Links): boolean {
  const next = toks[i + 1];
  if (!next || !(links.joined(i, i + 1) || links.gap(i, i + 1) === '')) return false;
  return COMMA_DECIMAL_BEFORE.some((f) => f.every((w, k) => toks[i + 1 + k]?.low === w && (k === 0 || links.joined(i + k, i + 1 + k))));
}

function isScale(w: string): boolean {
  return words.scales[w] !== undefined && !SHORT_SCALES.has(w);
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
