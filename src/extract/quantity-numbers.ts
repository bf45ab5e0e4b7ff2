// Reads the figure at one token: digits ("12,500", "2.5"), a currency sign
// ("US$2.5"), number words ("three", "twenty-five", "a thousand") and a scale
// word after it ("billion"). Vague amounts ("tens of thousands") have no value.
import { loadData } from '../data.js';

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
  vague: { id: string; words: string }[];
}

const words = loadData<NumberWords>('number-words');
const VAGUE = words.vague.map((v) => ({ id: v.id, words: v.words.split(' ') })).sort((a, b) => b.words.length - a.words.length);
/** "m"/"bn"/"k" only count glued to digits or right after them, never as words on their own. */
const SHORT_SCALES = new Set(['m', 'bn', 'k']);

// Currency sign, then digits grouped by commas or plain, then decimals; or a word.
const TOKEN = /(?:US\$|[$€£])?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\p{L}[\p{L}\p{N}]*(?:['’.-][\p{L}\p{N}]+)*|%/gu;

export function tokenize(text: string, base: number): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ s: base + m.index, e: base + m.index + m[0].length, raw: m[0], low: m[0].toLowerCase() });
  return out;
}

export interface Figure {
  /** Token index range of the figure, inclusive. */
  first: number;
  last: number;
  value: number | null;
  currency: string | null;
  /** A unit glued by a hyphen ("two-hour" → "hour"). */
  hyphenUnit: string | null;
  vague: boolean;
  /** Written with digits, so a bare four-digit figure may be a year. */
  digits: boolean;
}

const CURRENCY: Record<string, string> = { 'us$': 'usd', $: 'usd', '€': 'eur', '£': 'gbp' };

export function readFigure(toks: Tok[], i: number, joined: (a: number, b: number) => boolean): Figure | null {
  const t = toks[i]!;
  const vague = VAGUE.find((v) => v.words.every((w, k) => toks[i + k]?.low === w && (k === 0 || joined(i + k - 1, i + k))));
  if (vague) return { first: i, last: i + vague.words.length - 1, value: null, currency: null, hyphenUnit: null, vague: true, digits: false };
  const digit = /^(us\$|[$€£])?([\d,]+(?:\.\d+)?)$/.exec(t.low);
  if (digit) {
    let value = Number(digit[2]!.replace(/,/g, ''));
    let last = i;
    const scale = toks[i + 1] && joined(i, i + 1) ? words.scales[toks[i + 1]!.low] : undefined;
    if (scale !== undefined) {
      value *= scale;
      last = i + 1;
    }
    return { first: i, last, value: round(value), currency: digit[1] ? CURRENCY[digit[1]]! : null, hyphenUnit: null, vague: false, digits: scale === undefined };
  }
  return readWords(toks, i, joined);
}

function readWords(toks: Tok[], i: number, joined: (a: number, b: number) => boolean): Figure | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let lastUsed = -1;
  let hyphenUnit: string | null = null;
  for (let k = i; k < toks.length; k++) {
    if (k > i && !joined(k - 1, k)) break;
    const parts = toks[k]!.low.split('-');
    let used = 0;
    for (const p of parts) {
      const nextLow = toks[k + 1]?.low ?? '';
      if (words.units[p] !== undefined) current += words.units[p]!;
      else if (words.tens[p] !== undefined) current += words.tens[p]!;
      else if ((p === 'a' || p === 'an') && !seen && parts.length === 1 && isScale(nextLow)) current += 1;
      else if (seen && isScale(p)) {
        const s = words.scales[p]!;
        if (s === 100) current *= 100;
        else {
          total += current * s;
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
  return { first: i, last: lastUsed, value: total + current, currency: null, hyphenUnit, vague: false, digits: false };
}

function isScale(w: string): boolean {
  return words.scales[w] !== undefined && !SHORT_SCALES.has(w);
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
