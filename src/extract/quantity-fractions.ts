// Shares written as words: "a third of the vote", "two-thirds", "one in five
// voters". They are read as percentages so they compare with "33%"; the noun
// after "one in five" is the population, not what is counted.
import { loadData } from '../data.js';
import { readFigure, type Links, type Tok } from './quantity-numbers.js';

interface FractionWords {
  units: Record<string, number>;
  fractions: { denominators: Record<string, number>; ratioLinks: string[]; maxRatioBase: number };
}

const words = loadData<FractionWords>('number-words');
const DENOMINATORS = new Map(Object.entries(words.fractions.denominators));
const RATIO = new Set(words.fractions.ratioLinks);

export interface Share {
  /** Last token of the share's text. */
  lastTok: number;
  /** Percent, to one decimal. */
  value: number;
}

const HYPHENATED = /^(\p{L}+)-(\p{L}+)$/u;

const percent = (num: number, den: number): number => Math.round((1000 * num) / den) / 10;

/** Own entries only: an inherited key of the JSON object ("constructor") never makes a share below. */
const UNITS = new Map(Object.entries(words.units));

function numerator(w: string): number | null {
  if (w === 'a' || w === 'an') return 1;
  return UNITS.get(w) ?? null;
}

/** The denominator of "third"/"thirds", checking the number agrees ("one third", "two thirds"). */
function denominator(w: string, num: number): number | null {
  const plural = w.endsWith('s');
  const den = DENOMINATORS.get(plural ? w.slice(0, -1) : w);
  return den !== undefined && plural === (num > 1) && num < den ? den : null;
}

/** "two-thirds", "a third of", "one fifth of" at token i. */
export function fractionAt(toks: Tok[], i: number, links: Links): Share | null {
  const t = toks[i]!;
  const hy = t.low.includes('-') ? HYPHENATED.exec(t.low) : null;
  if (hy) {
    const num = numerator(hy[1]!);
    const den = num === null || (num === 1 && hy[1]!.startsWith('a')) ? null : denominator(hy[2]!, num);
    return num !== null && den !== null ? { lastTok: i, value: percent(num, den) } : null;
  }
  const num = numerator(t.low);
  const next = toks[i + 1];
  if (num === null || !next || !links.joined(i, i + 1)) return null;
  const den = denominator(next.low, num);
  if (den === null || toks[i + 2]?.low !== 'of' || !links.joined(i + 1, i + 2)) return null;
  const after = toks[i + 3]?.low;
  if (after === 'a' || after === 'an') return null;
  return { lastTok: i + 1, value: percent(num, den) };
}

/** "one in five voters": a smaller figure, a ratio link, a larger one. `value` is the first figure's. */
export function ratioAt(toks: Tok[], last: number, value: number, links: Links): Share | null {
  const link = toks[last + 1];
  if (!link || !RATIO.has(link.low) || !links.joined(last, last + 1) || !toks[last + 2] || !links.joined(last + 1, last + 2)) return null;
  const base = readFigure(toks, last + 2, links);
  if (!base || base.value === null || base.currency || base.hyphenUnit) return null;
  if (base.value <= value || base.value > words.fractions.maxRatioBase || !Number.isInteger(base.value)) return null;
  return { lastTok: base.last, value: percent(value, base.value) };
}
