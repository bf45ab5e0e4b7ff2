// jusText-style line features. Plain-text news puts one paragraph on a line,
// so a line is scored the way jusText scores a block: by length, by how many
// function words it has (prose has many, menus and labels have few), by
// whether it ends like a sentence, and by how much of it is capitalised or
// numeric (labels, counters, names).
import { loadData } from '../data.js';
import { endsSentence, wordSpans } from './text.js';

interface LanguageData {
  minForeignHits: number;
  languages: { id: string; name: string; words: string[] }[];
}

export interface Languages {
  ids: string[];
  names: string[];
  sets: Set<string>[];
  minForeignHits: number;
}

let languages: Languages | null = null;
/** Each function word → the indices (into getLanguages().ids) of the languages listing it: one lookup per token. */
let languagesOf: Map<string, number[]> | null = null;

export function getLanguages(): Languages {
  if (!languages) {
    const data = loadData<LanguageData>('clean-languages');
    languages = {
      ids: data.languages.map((l) => l.id),
      names: data.languages.map((l) => l.name),
      sets: data.languages.map((l) => new Set(l.words)),
      minForeignHits: data.minForeignHits,
    };
  }
  return languages;
}

function getLanguagesOf(): Map<string, number[]> {
  if (!languagesOf) {
    const map = new Map<string, number[]>();
    getLanguages().sets.forEach((set, i) => {
      for (const w of set) {
        const list = map.get(w);
        if (list) list.push(i);
        else map.set(w, [i]);
      }
    });
    languagesOf = map;
  }
  return languagesOf;
}

let englishIndex: number | null = null;

function getEnglishIndex(): number {
  englishIndex ??= getLanguages().ids.indexOf('en');
  return englishIndex;
}

export type LineClass = 'blank' | 'good' | 'short' | 'bad';

export interface LineFeatures {
  words: number;
  chars: number;
  /** Share of words that are English function words. */
  stopDensity: number;
  terminal: boolean;
  /** Share of alphabetic words that start with a capital. */
  titleCase: number;
  /** Share of words that are numbers. */
  digits: number;
  /** Function-word hits per language, in getLanguages().ids order. */
  langHits: number[];
  cls: LineClass;
}

// Thresholds follow jusText's defaults, loosened for machine-translated copy
// whose function-word density runs lower than edited English.
const GOOD_CHARS = 80;
const GOOD_STOP = 0.2;
const SHORT_CHARS = 50;
const NUMBER_START = /^\p{N}/u;
const LETTER_START = /^\p{L}/u;
const UPPER_START = /^\p{Lu}/u;

/** Offsets of the current line's words (wordSpans), one array reused line after line. */
const spans: number[] = [];
const NON_ASCII = /[^\x00-\x7F]/;

/**
 * The features of a folded line, over its words (words(folded)). `lows`,
 * when given, receives each word lower-cased (so the caller can build
 * lineKey without lower-casing the line again).
 */
export function lineFeatures(folded: string, lows?: string[]): LineFeatures {
  const langs = getLanguages();
  const byWord = getLanguagesOf();
  const langHits = new Array<number>(langs.sets.length).fill(0);
  let alpha = 0;
  let capital = 0;
  let digits = 0;
  wordSpans(folded, spans);
  // In an ASCII line each character lower-cases on its own and to one
  // character, so the lower-cased line cut at a word's offsets is that word
  // lower-cased: one toLowerCase per line instead of one per word. Other
  // lines (a length-changing or context-dependent mapping) go word by word.
  const lowLine = NON_ASCII.test(folded) ? null : folded.toLowerCase();
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k]!;
    const end = spans[k + 1]!;
    let low: string;
    let lower: string;
    if (lowLine !== null) {
      low = lowLine.slice(start, end);
      lower = low; // no ’ in ASCII
    } else {
      low = folded.slice(start, end).toLowerCase();
      lower = low.includes('’') ? low.replace(/’/g, "'") : low;
    }
    lows?.push(low);
    const hits = byWord.get(lower);
    if (hits) for (const i of hits) langHits[i]! += 1;
    // Words start with a letter or a number; ASCII is settled by its code,
    // anything else by the Unicode classes.
    const c = folded.charCodeAt(start);
    if (c < 128) {
      if (c >= 48 && c <= 57) digits++;
      else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        alpha++;
        if (c <= 90) capital++;
      }
    } else {
      const token = folded.slice(start, end);
      if (NUMBER_START.test(token)) digits++;
      else if (LETTER_START.test(token)) {
        alpha++;
        if (UPPER_START.test(token)) capital++;
      }
    }
  }
  const n = spans.length / 2;
  const englishIndex = getEnglishIndex();
  const stopDensity = n > 0 && englishIndex >= 0 ? langHits[englishIndex]! / n : 0;
  const f: LineFeatures = {
    words: n,
    chars: folded.length,
    stopDensity,
    terminal: endsSentence(folded),
    titleCase: alpha > 0 ? capital / alpha : 0,
    digits: n > 0 ? digits / n : 0,
    langHits,
    cls: 'blank',
  };
  f.cls = classify(f);
  return f;
}

function classify(f: LineFeatures): LineClass {
  if (f.words === 0) return 'blank';
  // Counters, scores and timestamps: mostly numbers and no sentence.
  if (f.digits > 0.5 && !f.terminal) return 'bad';
  if (f.chars >= GOOD_CHARS && (f.stopDensity >= GOOD_STOP || (f.terminal && f.words >= 12))) return 'good';
  if (f.chars < SHORT_CHARS) return f.stopDensity === 0 && !f.terminal ? 'bad' : 'short';
  return f.stopDensity < 0.1 && !f.terminal ? 'bad' : 'short';
}

/** True when the line reads like a sentence rather than a label or a menu entry. */
export function isSentenceLike(f: LineFeatures): boolean {
  return f.terminal && f.words >= 4 && f.stopDensity > 0;
}
