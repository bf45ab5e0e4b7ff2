// Whether an article writes the day before the month. An all-numeric date such
// as 05/09/2022 can only be read with that knowledge: it comes from other
// numeric dates of the article whose order is certain (a number above 12),
// then from how the article spells dates in words ("13 September" vs
// "September 13"); day first is the default, as in most of the world.
import { MONTHS } from './lexicon.js';

const NUMERIC = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/])/g;
const MONTH_NAMES = [...MONTHS.keys()].map((k) => k.charAt(0).toUpperCase() + k.slice(1));
const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?(?:${MONTH_NAMES.join('|')})\\b`, 'g');
const MONTH_DAY = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})\\.?\\s\\d{1,2}\\b(?!\\s?(?:%|\\d))`, 'g');

export function dayFirstIn(texts: string[]): boolean {
  let numeric = 0;
  let words = 0;
  for (const text of texts) {
    for (const m of text.matchAll(NUMERIC)) {
      if (Number(m[1]) > 12) numeric++;
      else if (Number(m[2]) > 12) numeric--;
    }
    words += count(text, DAY_MONTH) - count(text, MONTH_DAY);
  }
  if (numeric !== 0) return numeric > 0;
  return words >= 0;
}

/** Matches of a global pattern in text, counted without collecting them. */
function count(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}
